package com.siyu.workbench.queue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The rule editor's audience names a saved contact filter by its name and keeps its id in the form. */
@ExtendWith(ApplicationExtension.class)
class SavedFilterPickerTest {
    ComboBox<Choice> box;
    final StringProperty filterId = new SimpleStringProperty("");
    SavedFilterPicker picker;

    @Start
    void start(Stage stage) {
        box = new ComboBox<>();
        picker = new SavedFilterPicker(box, filterId, "不按保存的筛选", id -> "已删除的筛选（#" + id + "）");
        stage.setScene(new Scene(box, 300, 100));
        stage.show();
    }

    @Test
    void pickingByNameStoresTheIdAndAnOpenedRuleShowsItsFiltersName(FxRobot robot) {
        robot.interact(() -> picker.offer(List.of(new Choice("7", "老客VIP（张晓雯）"),
                new Choice("9", "30天未联系（王店长）"))));
        assertThat(box.getValue().label()).isEqualTo("不按保存的筛选");

        robot.clickOn(box);
        robot.clickOn("30天未联系（王店长）");
        assertThat(filterId.get()).isEqualTo("9");

        robot.interact(() -> filterId.set("7"));
        assertThat(box.getValue().label()).isEqualTo("老客VIP（张晓雯）");

        robot.interact(() -> box.setValue(box.getItems().get(0)));
        assertThat(filterId.get()).isEmpty();
    }

    @Test
    void aRuleNamingADeletedFilterKeepsItsIdUntilTheLeadChoosesAgain(FxRobot robot) {
        robot.interact(() -> {
            filterId.set("42");
            picker.offer(List.of(new Choice("7", "老客VIP（张晓雯）")));
        });
        assertThat(box.getValue().label()).isEqualTo("已删除的筛选（#42）");
        assertThat(filterId.get()).isEqualTo("42");
        assertThat(box.getItems()).extracting(Choice::value).containsExactly("", "7", "42");
    }
}
