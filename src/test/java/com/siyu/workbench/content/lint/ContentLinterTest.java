package com.siyu.workbench.content.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.content.Attachment;
import com.siyu.workbench.content.ContentBody;
import com.siyu.workbench.content.Scope;
import com.siyu.workbench.content.ScopeType;
import com.siyu.workbench.content.ScriptStep;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContentLinterTest {
    private final ContentLinter linter = ContentLinter.withDefaults();

    private List<Finding> lint(String text) {
        return linter.lintText("text", text, TextKind.MESSAGE);
    }

    private List<Finding> rule(String text, String rule) {
        return lint(text).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static String at(String text, Finding f) {
        return text.substring(f.start(), f.end());
    }

    @Nested
    class AdvertisingLaw {
        @Test
        void absoluteTermsAreErrorsWithTheirRange() {
            String text = "{客户称呼}，这款是我们店最好的，全网第一，效果100%，绝对放心";
            List<Finding> found = rule(text, RuleIds.AD_LAW);
            assertThat(found).extracting(f -> at(text, f)).containsExactly("最好", "第一", "100%", "绝对");
            assertThat(found).allMatch(f -> f.severity() == Severity.ERROR);
            assertThat(found.get(0).replacement()).isEqualTo("很好");
            assertThat(found.get(0).message().key()).isEqualTo("content.lint.adLaw");
            assertThat(found.get(0).message().args()).containsExactly("最好");
        }

        @Test
        void theLongestListedTermWinsOverAShorterOneInside() {
            String text = "您好，销量冠军、全网最低";
            assertThat(rule(text, RuleIds.AD_LAW)).extracting(f -> at(text, f)).containsExactly("销量冠军", "全网最低");
        }

        @Test
        void timeAndSequenceWordsAreNotClaims() {
            assertThat(rule("{客户称呼}，最近天气转凉，最后一天活动，最新款已到店，第一次来店的礼物，第一时间通知您",
                    RuleIds.AD_LAW)).isEmpty();
        }

        @Test
        void newestTechnologyIsStillAClaimWhileNewestModelIsNot() {
            String text = "您好，最新技术，最新款";
            assertThat(rule(text, RuleIds.AD_LAW)).extracting(f -> at(text, f)).containsExactly("最新");
            assertThat(rule(text, RuleIds.AD_LAW).get(0).start()).isEqualTo(3);
        }

        @Test
        void zuiFollowedByPunctuationIsNoMatch() {
            assertThat(rule("您问哪个最？我帮您看看", RuleIds.AD_LAW)).isEmpty();
        }

        @Test
        void theListIsEditable() {
            ContentLinter custom = new ContentLinter(LintVocabulary.defaults()
                    .with(LintList.AD_LAW, List.of("爆款"))
                    .with(LintList.AD_LAW_ALLOWED, List.of()));
            List<Finding> found = custom.lintText("text", "您好，爆款最好", TextKind.MESSAGE);
            assertThat(found).filteredOn(f -> f.rule().equals(RuleIds.AD_LAW)).extracting(Finding::start)
                    .containsExactly(3);
        }

        @Test
        void removingAnExceptionMakesItAClaimAgain() {
            ContentLinter strict = new ContentLinter(LintVocabulary.defaults().with(LintList.AD_LAW_ALLOWED, List.of()));
            assertThat(strict.lintText("t", "您好，最近", TextKind.MESSAGE))
                    .anyMatch(f -> f.rule().equals(RuleIds.AD_LAW));
        }
    }

    @Test
    void sensitiveWordsAreErrorsAndCaseInsensitiveForLatin() {
        ContentLinter custom = new ContentLinter(LintVocabulary.defaults().with(LintList.SENSITIVE,
                List.of("刷单", "VPN")));
        List<Finding> found = custom.lintText("text", "您好，帮忙刷单，送vpn", TextKind.MESSAGE).stream()
                .filter(f -> f.rule().equals(RuleIds.SENSITIVE)).toList();
        assertThat(found).extracting(Finding::start).containsExactly(5, 9);
        assertThat(found).allMatch(Finding::isError);
        assertThat(rule("您好，欢迎到店试穿", RuleIds.SENSITIVE)).isEmpty();
    }

    @Test
    void hardSellPhrasesAreWarnings() {
        String text = "您好，限时抢购，速来！错过再等一年";
        List<Finding> found = rule(text, RuleIds.HARD_SELL);
        assertThat(found).extracting(f -> at(text, f)).containsExactly("限时抢购", "速来", "错过再等一年");
        assertThat(found).noneMatch(Finding::isError);
        assertThat(rule("您好，活动到周日结束，有空来看看", RuleIds.HARD_SELL)).isEmpty();
    }

    @Test
    void allCapsWordsAreWarningsButShortAcronymsAreFine() {
        String text = "您好，BIG SALE 今天开始，VIP 专享，新款 Nike 到店";
        List<Finding> found = rule(text, RuleIds.ALL_CAPS);
        assertThat(found).extracting(f -> at(text, f)).containsExactly("SALE");
        assertThat(found.get(0).replacement()).isEqualTo("Sale");
    }

    @Test
    void exclamationRunsAndTooManyMarks() {
        String runs = "您好！！活动开始了!!!";
        assertThat(rule(runs, RuleIds.EXCLAMATION)).extracting(f -> at(runs, f)).containsExactly("！！", "!!!");
        String many = "您好！新品！折扣！礼物！";
        List<Finding> found = rule(many, RuleIds.EXCLAMATION);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).start()).isEqualTo(many.length() - 1);
        assertThat(rule("您好！新品到了，有空来看看！", RuleIds.EXCLAMATION)).isEmpty();
    }

    @Test
    void noPersonalizationAtAllIsAWarningOverTheWholeText() {
        String text = "新品到店，欢迎选购";
        List<Finding> found = rule(text, RuleIds.IMPERSONAL);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.start()).isZero();
            assertThat(f.end()).isEqualTo(text.length());
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(rule("{客户昵称}，新品到店", RuleIds.IMPERSONAL)).isEmpty();
        assertThat(rule("新品到店了，您有空来看看", RuleIds.IMPERSONAL)).isEmpty();
        assertThat(rule("你上次问的那款到了", RuleIds.IMPERSONAL)).isEmpty();
        assertThat(rule("{优惠码}新品到店", RuleIds.IMPERSONAL)).hasSize(1);
    }

    @Test
    void phoneNumbersInTextAreReported() {
        String text = "您好，有事打 138 1234 5678 或 021-64318888，热线 400-820-1234";
        assertThat(rule(text, RuleIds.PHONE)).extracting(f -> at(text, f))
                .containsExactly("138 1234 5678", "021-64318888", "400-820-1234");
        assertThat(rule("您好，订单号 202611230001234567 已发货，满 300 减 30", RuleIds.PHONE)).isEmpty();
        assertThat(rule("您好，+8613812345678", RuleIds.PHONE)).hasSize(1);
    }

    @Test
    void rawUrlsAndTooManyLinks() {
        String one = "您好，活动详情见 https://shop.example.com/a?x=1 。";
        assertThat(rule(one, RuleIds.RAW_URL)).extracting(f -> at(one, f)).containsExactly("https://shop.example.com/a?x=1");
        assertThat(rule(one, RuleIds.TOO_MANY_LINKS)).isEmpty();
        String bare = "您好，打开 example.cn/sale 看看";
        assertThat(rule(bare, RuleIds.RAW_URL)).extracting(f -> at(bare, f)).containsExactly("example.cn/sale");
        String three = "您好 http://a.cn http://b.cn www.c.com";
        assertThat(rule(three, RuleIds.RAW_URL)).hasSize(3);
        assertThat(rule(three, RuleIds.TOO_MANY_LINKS)).singleElement()
                .satisfies(f -> assertThat(at(three, f)).isEqualTo("www.c.com"));
        assertThat(rule("您好，价格 3.5 折，邮箱 service@shop.com 不算网址吗", RuleIds.RAW_URL)).isEmpty();
        assertThat(rule("您好，周末见", RuleIds.RAW_URL)).isEmpty();
    }

    @Test
    void unknownVariablesAreErrorsWithTheCatalogueSuggestion() {
        String text = "{客户称乎}，{门店}的新品到了";
        List<Finding> found = rule(text, RuleIds.UNKNOWN_VARIABLE);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(at(text, f)).isEqualTo("{客户称乎}");
            assertThat(f.isError()).isTrue();
            assertThat(f.replacement()).isEqualTo("{客户称呼}");
            assertThat(f.suggestion().key()).isEqualTo("content.lint.unknownVariable.didYouMean");
        });
        assertThat(rule("{客户称呼}，{门店}的新品到了", RuleIds.UNKNOWN_VARIABLE)).isEmpty();
    }

    @Test
    void unbalancedBracesAreErrors() {
        String text = "{客户称呼，欢迎您来店里看看新品和活动 再见}";
        assertThat(rule(text, RuleIds.VARIABLE_SYNTAX)).extracting(Finding::start).containsExactly(0, text.length() - 1);
        assertThat(rule("{客户称呼，新品到了}", RuleIds.UNKNOWN_VARIABLE)).hasSize(1);
        assertThat(rule("{客户称呼}，新品到了", RuleIds.VARIABLE_SYNTAX)).isEmpty();
    }

    @Test
    void lengthIsCountedInUtf8BytesAgainstTheKindsLimit() {
        String text = "您".repeat(1334); // 4002 bytes
        List<Finding> found = rule(text, RuleIds.LENGTH);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(1333);
            assertThat(f.end()).isEqualTo(1334);
            assertThat(f.message().args()).containsExactly("4002", "4000");
        });
        assertThat(rule("您".repeat(1333), RuleIds.LENGTH)).isEmpty();
        assertThat(linter.lintText("g", "您".repeat(1001), TextKind.GROUP_WELCOME))
                .anyMatch(f -> f.rule().equals(RuleIds.LENGTH));
        assertThat(rule("a".repeat(4000), RuleIds.LENGTH)).isEmpty();
    }

    @Test
    void aCleanPersonalMessageHasNoFindings() {
        assertThat(lint("{客户称呼}好，我是{门店}的{导购姓名}。您上次看的{意向商品}到了新色，有空来试试？")).isEmpty();
    }

    @Nested
    class Bodies {
        @Test
        void attachmentsFollowWeComLimits() {
            Attachment.Link longTitle = new Attachment.Link("标".repeat(43), "d", null, "https://a.cn/x");
            Attachment.Link noUrl = new Attachment.Link("标题", null, null, null);
            Attachment.Link ftp = new Attachment.Link("标题", null, null, "ftp://a.cn");
            Attachment.MiniProgram mp = new Attachment.MiniProgram("小程序标题超过六十四字节了吧这是二十二个汉字呢呢呢呢", null, "wx1", "/p");
            ContentBody body = ContentBody.welcome("欢迎", Scope.DEFAULT, "{客户称呼}您好",
                    List.of(longTitle, noUrl, ftp, mp, new Attachment.Image(null, null), new Attachment.File(" ")));
            List<Finding> found = linter.lint(body);
            assertThat(found).extracting(f -> f.rule() + "@" + f.field()).contains(
                    "length@attachments[0].link.title",
                    "attachment@attachments[1].link.url",
                    "attachment@attachments[2].link.url",
                    "length@attachments[3].miniprogram.title",
                    "attachment@attachments[3].miniprogram.pic_media_id",
                    "attachment@attachments[4].image.media_id",
                    "attachment@attachments[5].file.media_id");
            Attachment.Link ok = new Attachment.Link("标".repeat(42), "描".repeat(170), null, "https://a.cn/x");
            assertThat(linter.lint(ContentBody.welcome("欢迎", Scope.DEFAULT, "{客户称呼}您好", List.of(ok)))).isEmpty();
        }

        @Test
        void atMostNineAttachments() {
            List<Attachment> ten = java.util.Collections.nCopies(10, new Attachment.Video("m"));
            assertThat(linter.lint(ContentBody.welcome("欢迎", Scope.DEFAULT, "您好", ten)))
                    .anyMatch(f -> f.rule().equals(RuleIds.ATTACHMENT) && f.field().equals("attachments"));
            assertThat(linter.lint(ContentBody.welcome("欢迎", Scope.DEFAULT, "您好", ten.subList(0, 9)))).isEmpty();
        }

        @Test
        void scriptStepsAreCheckedEachAndInOrder() {
            ContentBody script = ContentBody.script("新客", "新客破冰", List.of(), List.of(
                    ScriptStep.of(1, "{客户称呼}您好"),
                    new ScriptStep(0, LocalTime.of(14, 0), LocalTime.of(12, 0), "您好，最好的", List.of()),
                    ScriptStep.of(3, "")));
            List<Finding> found = linter.lint(script);
            assertThat(found).extracting(f -> f.rule() + "@" + f.field()).containsExactlyInAnyOrder(
                    "steps@steps[1].dayOffset", "steps@steps[1].window", "ad-law@steps[1].text", "empty@steps[2].text");
            assertThat(linter.lint(ContentBody.script("空", null, List.of(), List.of())))
                    .extracting(Finding::rule).containsExactly(RuleIds.STEPS);
        }

        @Test
        void namesScopesAndInviteTargetsAreChecked() {
            ContentBody invite = ContentBody.invite(" ", Scope.of(ScopeType.STATE, " "), "{客户称呼}，进群领券", List.of(),
                    null, "欢迎 {客户昵称} 入群！！");
            List<Finding> found = linter.lint(invite);
            assertThat(found).extracting(f -> f.rule() + "@" + f.field()).containsExactlyInAnyOrder(
                    "required@name", "scope@scope", "invite-link@targetChatId", "exclamation@groupWelcomeText");
        }
    }
}
