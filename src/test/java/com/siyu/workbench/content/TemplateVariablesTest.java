package com.siyu.workbench.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateVariablesTest {
    @Test
    void knownVariablesAreFilledAndMissingValuesTakeTheirFallback() {
        String text = "{客户称呼}好，我是{门店}的{导购姓名}，{意向商品}到货了";
        String rendered = TemplateVariables.render(text, Map.of("客户称呼", "李姐", "导购姓名", "小雯", "意向商品", " "));
        assertThat(rendered).isEqualTo("李姐好，我是我们门店的小雯，您关注的商品到货了");
    }

    @Test
    void unknownPlaceholdersStayAsWrittenAndAreReportedWithASuggestion() {
        String text = "{客户称乎}您好 {优惠码}";
        assertThat(TemplateVariables.render(text, Map.of())).isEqualTo(text);
        var unknown = TemplateVariables.unknown(text);
        assertThat(unknown).hasSize(2);
        assertThat(unknown.get(0).name()).isEqualTo("客户称乎");
        assertThat(unknown.get(0).start()).isZero();
        assertThat(unknown.get(0).end()).isEqualTo(6);
        assertThat(unknown.get(0).suggestion()).contains("客户称呼");
        assertThat(unknown.get(1).suggestion()).isEmpty();
    }

    @Test
    void personalizationNeedsAKnownVariable() {
        assertThat(TemplateVariables.isPersonalized("新品到店，欢迎选购")).isFalse();
        assertThat(TemplateVariables.isPersonalized("{优惠码}新品到店")).isFalse();
        assertThat(TemplateVariables.isPersonalized("{客户昵称}，新品到店")).isTrue();
    }

    @Test
    void replacementValuesAreTakenLiterally() {
        assertThat(TemplateVariables.render("{客户昵称}", Map.of("客户昵称", "$1\\王"))).isEqualTo("$1\\王");
    }
}
