package com.siyu.workbench.content;

import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.shell.NavEntry;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * Opens the real shell on a prepared database (demo content, a few contacts, one submission waiting for review) to
 * look at the content screens under Xvfb: {@code java ... ContentLookMain <dataDir> <userid> <content|review>}.
 */
public final class ContentLookMain extends Application {
    private Workbench workbench;
    private WorkbenchUi ui;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Path dir = Path.of(args.get(0));
        boolean fresh = !Files.exists(dir.resolve("workbench.db"));
        workbench = ContentFixture.open(dir);
        if (fresh) {
            prepare(workbench);
        }
        workbench.settings().setCurrentMember(args.get(1));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        ui = new WorkbenchUi(workbench, stage, new StartupProbe(false, quiet, () -> { }),
                new CrashReporter(() -> ui.dialogs(), () -> ui.messages(), dir.resolve("crash.log")));
        ui.show();
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.setX(0);
        stage.setY(0);
        NavEntry entry = NavEntry.valueOf(args.get(2).toUpperCase(java.util.Locale.ROOT));
        Platform.runLater(() -> {
            @SuppressWarnings("unchecked")
            ListView<NavEntry> nav = (ListView<NavEntry>) stage.getScene().lookup("#navigation");
            nav.getSelectionModel().select(entry);
            if (args.size() > 3) {
                Platform.runLater(() -> pick(stage, args));
            }
        });
    }

    /** Selects item {@code args[3]} in the list, then optionally side tab {@code args[4]}. */
    @SuppressWarnings("unchecked")
    private static void pick(Stage stage, List<String> args) {
        ListView<Object> list = (ListView<Object>) stage.getScene().lookup(args.get(2).equals("review") ? "#reviewQueue"
                : "#contentList");
        if (list.getItems().isEmpty()) {
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
            wait.setOnFinished(e -> pick(stage, args));
            wait.play();
            return;
        }
        System.err.println("pick: " + list.getItems().size() + " items");
        list.getItems().stream().filter(o -> o.toString().contains(args.get(3))).findFirst()
                .ifPresent(list.getSelectionModel()::select);
        if (args.size() > 4) {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) stage.getScene()
                    .lookup("#contentSideTabs");
            tabs.getTabs().stream().filter(t -> args.get(4).equals(t.getId())).findFirst()
                    .ifPresent(tabs.getSelectionModel()::select);
        }
    }

    static void prepare(Workbench wb) {
        wb.content().demo().seedIfEmpty();
        ContentFixture.addContact(wb, "wm-li", "小鱼儿", TestWorkbench.GUIDE, "package-card", "李姐");
        ContentFixture.addContact(wb, "wm-zhao", "赵先生", TestWorkbench.GUIDE, null, null);
        wb.db().write(c -> Sql.update(c, "INSERT INTO customer_groups (chat_id, name, owner, synced_at)"
                + " VALUES ('wr-vip', '徐汇店会员福利群', ?, 0)", TestWorkbench.GUIDE));
        ContentService service = wb.content().service();
        ContentBody high = wb.content().approved().script(DemoContent.SCRIPT_HIGH_TICKET).map(s ->
                ContentBody.script(s.name(), s.scene(), s.audience(), s.steps())).orElseThrow();
        List<ScriptStep> steps = new java.util.ArrayList<>(high.steps());
        steps.set(2, steps.get(2).withText("{客户称呼}，不少顾客买之前都会来店里实际体验一下。这周六日我都在店，"
                + "您方便的话可以约个时间，我提前把{意向商品}准备好，给您详细讲讲。"));
        service.saveDraft(ContentFixture.EDITOR_ACTOR, DemoContent.SCRIPT_HIGH_TICKET, high.withSteps(steps));
        service.submit(ContentFixture.EDITOR_ACTOR, DemoContent.SCRIPT_HIGH_TICKET);
        String id = service.create(ContentFixture.EDITOR_ACTOR, ContentBody.welcome("直播间欢迎语",
                Scope.of(ScopeType.STATE, "live-0611"), "{客户称呼}您好！感谢您从直播间加我，我是{导购姓名}。"
                        + "直播里讲到的那几款，您有看中的可以直接发我，我帮您查库存。", List.of())).contentId();
        service.submit(ContentFixture.EDITOR_ACTOR, id);
        service.create(ContentFixture.EDITOR_ACTOR, ContentBody.script("双十一活动话术（草稿）", "活动邀约", List.of("老客"),
                List.of(new ScriptStep(0, java.time.LocalTime.of(11, 30), java.time.LocalTime.of(13, 30),
                                "{客户称乎}，双十一限时抢购!!! 全网最低价，这是今年最好的机会，速来 https://shop.example.com/s11",
                                List.of()),
                        ScriptStep.of(1, "新品到店，欢迎选购"))));
        service.create(ContentFixture.EDITOR_ACTOR, ContentBody.invite("会员群邀请（徐汇店）",
                Scope.of(ScopeType.DEPARTMENT, "2"), "{客户称呼}，我们店有个会员群，每周三有福利，进群看看？",
                List.of(new Attachment.Link("徐汇店会员福利群", "扫码进群，每周三福利", null, "https://example.com/join")),
                "wr-vip", "欢迎{客户昵称}加入{群名}～"));
    }

    @Override
    public void stop() {
        ui.close();
        workbench.close();
    }
}
