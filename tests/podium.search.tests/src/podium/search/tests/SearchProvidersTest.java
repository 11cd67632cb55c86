/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import podium.search.SearchCategory;
import podium.search.SearchContext;
import podium.search.SearchProviders;
import podium.search.SearchSession;

/** The fake contributions of this bundle's plugin.xml. */
class SearchProvidersTest {

    private final SearchProviders providers = new SearchProviders(RegistryFactory.getRegistry());

    @Test
    void validCategoriesAreListedInTheirOrder() {
        assertThat(providers.categories()).filteredOn(c -> c.id().startsWith("test."))
                .extracting(SearchCategory::id).containsExactly("test.tools", "test.fruit");
        SearchCategory fruit = providers.categories().stream().filter(c -> c.id().equals("test.fruit")).findFirst()
                .orElseThrow();
        assertThat(fruit.contributor().id()).isEqualTo("podium.search.tests");
    }

    @Test
    void incompleteRepeatedAndMisorderedContributionsAreSkippedAndNamed() {
        assertThat(providers.problems()).filteredOn(p -> p.contains("podium.search.tests")).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("test.noClass"))
                .anySatisfy(p -> assertThat(p).contains("test.fruit", "already contributes it"))
                .anySatisfy(p -> assertThat(p).contains("test.badOrder", "first"));
    }

    @Test
    void aProviderServesTheCategoryItsDataNames() {
        SearchSession session = SearchSession.collect(providers.categories().stream()
                .filter(c -> c.id().startsWith("test.")).toList(), SearchContext.none(), Duration.ofSeconds(5));
        // 香蕉: xiang jiao; 橙子 cheng zi; 锤子 chui zi
        assertThat(session.find("xj", Set.of(), 10)).singleElement()
                .satisfies(g -> assertThat(g.results()).extracting(r -> r.item().label()).containsExactly("香蕉"));
        assertThat(session.find("cz", Set.of(), 10)).extracting(g -> g.category().id())
                .containsExactly("test.tools", "test.fruit");
    }
}
