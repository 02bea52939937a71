package com.siyu.workbench.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSuffixesTest {
    @Test
    void chineseWordsGetEverySuffixLatinWordsStayWhole() {
        assertThat(WordSuffixes.expand("李思雨")).isEqualTo("李思雨 思雨 雨");
        assertThat(WordSuffixes.expand("李姐·老客 VIP会员")).isEqualTo("李姐 姐 老客 客 VIP会员 会员 员");
        assertThat(WordSuffixes.expand("Lily3")).isEqualTo("Lily3");
        assertThat(WordSuffixes.expand(" ·, ")).isEmpty();
        assertThat(WordSuffixes.expand("😀花开")).isEqualTo("花开 开");
    }
}
