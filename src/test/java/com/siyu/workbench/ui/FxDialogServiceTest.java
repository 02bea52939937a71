package com.siyu.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shared dialogs label their buttons in the language chosen in the app (JavaFX's stock OK/Cancel follow the
 * operating system's locale, which showed English buttons in a Chinese UI), and the answers still come through.
 */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    private FxDialogService dialogs(Language language) {
        return new FxDialogService(() -> stage, Messages.load(language), text -> { });
    }

    @Test
    void aConfirmationIsAnsweredWithTheChineseOkButton(FxRobot robot) throws Exception {
        Future<Boolean> answer = WaitForAsyncUtils.asyncFx(() -> dialogs(Language.ZH_CN).confirm("退休", "确定要退休吗？"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("取消").tryQuery()).isPresent();
        robot.clickOn("确定");
        assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void cancellingAPromptGivesNothingBackInEnglishToo(FxRobot robot) throws Exception {
        Future<Optional<String>> answer = WaitForAsyncUtils.asyncFx(
                () -> dialogs(Language.EN).promptText("Save filter", "Name", "VIP"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("OK").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        assertThat(answer.get(5, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void aPromptConfirmedWithOkReturnsTheText(FxRobot robot) throws Exception {
        Future<Optional<String>> answer = WaitForAsyncUtils.asyncFx(
                () -> dialogs(Language.ZH_CN).promptText("保存筛选", "名称", "高意向"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("确定");
        assertThat(answer.get(5, TimeUnit.SECONDS)).contains("高意向");
    }
}
