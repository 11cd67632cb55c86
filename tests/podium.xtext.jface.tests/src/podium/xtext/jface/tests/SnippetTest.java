/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import podium.xtext.jface.internal.Snippet;

/** LSP snippets become plain text with the first placeholder selected. */
class SnippetTest {
    @Test
    void firstNumberedPlaceholderIsSelected() {
        Snippet snippet = Snippet.parse("target ${1:指标} ${2:单位}: 确保 ${3:0}$0");
        assertThat(snippet.text()).isEqualTo("target 指标 单位: 确保 0");
        assertThat(snippet.selectionOffset()).isEqualTo("target ".length());
        assertThat(snippet.selectionLength()).isEqualTo("指标".length());
    }

    @Test
    void finalTabStopCountsOnlyWithoutOthers() {
        Snippet snippet = Snippet.parse("measure \"$0\"");
        assertThat(snippet.text()).isEqualTo("measure \"\"");
        assertThat(snippet.selectionOffset()).isEqualTo("measure \"".length());
        assertThat(snippet.selectionLength()).isZero();
    }

    @Test
    void escapedDollarsStayText() {
        Snippet snippet = Snippet.parse("cost \\$5 ${1:x}");
        assertThat(snippet.text()).isEqualTo("cost $5 x");
        assertThat(snippet.selectionOffset()).isEqualTo(8);
    }

    @Test
    void plainTextPutsCaretAtEnd() {
        Snippet snippet = Snippet.parse("indicator");
        assertThat(snippet.text()).isEqualTo("indicator");
        assertThat(snippet.selectionOffset()).isEqualTo(9);
    }
}
