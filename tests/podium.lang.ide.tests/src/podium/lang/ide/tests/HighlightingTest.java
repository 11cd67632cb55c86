/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

import podium.lang.ide.PodiumHighlightingStyles;

/** Semantic highlighting: what each range of a plan is highlighted as. */
class HighlightingTest {
    private static final String STATEMENTS = """
            target 实际利用外资 南阳市 2004: 确保 2800 万美元 以上 力争 3200 source 省定
            rank 实际利用外资 宛城区 2004-08 in 全省 = 3
            meeting 推进会 "推进会" for 南阳计划
            target 外贸依存度 南阳市: 零
            """;

    private final Map<String, Set<String>> styles = new HashMap<>();

    @Test
    void referencesAreHighlightedByTheKindOfElementTheyName() throws IOException {
        highlight();
        assertThat(stylesOf("实际利用外资")).containsExactly(PodiumHighlightingStyles.INDICATOR);
        assertThat(stylesOf("南阳市")).containsExactly(PodiumHighlightingStyles.ORGANISATION);
        assertThat(stylesOf("宛城区")).containsExactly(PodiumHighlightingStyles.ORGANISATION);
        assertThat(stylesOf("全省")).containsExactly(PodiumHighlightingStyles.GROUP);
        assertThat(stylesOf("南阳计划")).containsExactly(PodiumHighlightingStyles.PLAN);
    }

    @Test
    void unitsQualifiersAndDeclarationsHaveTheirOwnStyles() throws IOException {
        highlight();
        assertThat(stylesOf("万美元")).containsExactly(PodiumHighlightingStyles.UNIT);
        assertThat(stylesOf("以上")).containsExactly(PodiumHighlightingStyles.QUALIFIER);
        assertThat(stylesOf("零")).containsExactly(PodiumHighlightingStyles.QUALIFIER);
        assertThat(stylesOf("推进会")).containsExactly(PodiumHighlightingStyles.DECLARATION);
        assertThat(stylesOf("2800")).isEmpty();
        assertThat(stylesOf("确保")).isEmpty();
    }

    private void highlight() throws IOException {
        XtextResourceSet set = PodiumServer.injector().getInstance(XtextResourceSet.class);
        load(set, "defs.podium", Plans.DEFINITIONS);
        XtextResource resource = load(set, "statements.podium", STATEMENTS);
        ISemanticHighlightingCalculator calculator = PodiumServer.injector().getInstance(ISemanticHighlightingCalculator.class);
        calculator.provideHighlightingFor(resource, (offset, length, ids) -> styles
                .computeIfAbsent(STATEMENTS.substring(offset, offset + length), k -> new TreeSet<>()).addAll(Set.of(ids)),
                CancelIndicator.NullImpl);
    }

    private Set<String> stylesOf(String text) {
        return styles.getOrDefault(text, Set.of());
    }

    private static XtextResource load(XtextResourceSet set, String name, String text) throws IOException {
        XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/" + name));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        return resource;
    }
}
