package com.siyu.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines take the desktop's fast path and which go through the full command tree. */
class RootCommandTest {
    @Test
    void noArgumentsOrOnlyDesktopOptionsOpenTheDesktop() {
        assertThat(RootCommand.opensDesktop(new String[0])).isTrue();
        assertThat(RootCommand.opensDesktop(new String[] {"--data-dir", "/tmp/demo"})).isTrue();
        assertThat(RootCommand.opensDesktop(new String[] {"--data-dir=/tmp/demo", "--measure-startup"})).isTrue();
    }

    @Test
    void subcommandsHelpVersionAndBadOptionsTakeTheFullPath() {
        assertThat(RootCommand.opensDesktop(new String[] {"queue", "--db", "x.db"})).isFalse();
        assertThat(RootCommand.opensDesktop(new String[] {"--data-dir", "/tmp/demo", "sync"})).isFalse();
        assertThat(RootCommand.opensDesktop(new String[] {"--version"})).isFalse();
        assertThat(RootCommand.opensDesktop(new String[] {"-h"})).isFalse();
        assertThat(RootCommand.opensDesktop(new String[] {"--no-such-option"})).isFalse();
        assertThat(RootCommand.opensDesktop(new String[] {"--data-dir"})).as("option without its value").isFalse();
    }
}
