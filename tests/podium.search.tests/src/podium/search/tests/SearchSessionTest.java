/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import podium.plugins.registry.Contributor;
import podium.search.SearchCategory;
import podium.search.SearchContext;
import podium.search.SearchItem;
import podium.search.SearchProvider;
import podium.search.SearchSession;
import podium.search.SearchSession.Group;
import podium.search.SearchTarget;

class SearchSessionTest {

    private static final Contributor ACME = new Contributor("acme.search", "Acme 搜索");

    private static SearchCategory category(String id, int order, SearchProvider provider) {
        return new SearchCategory(id, id, id, order, ACME, () -> provider);
    }

    private static SearchItem item(String label, String... keywords) {
        return new SearchItem(label, "", List.of(keywords), new SearchTarget.Command("open." + label));
    }

    private static SearchProvider items(SearchItem... items) {
        return (context, sink) -> List.of(items).forEach(sink);
    }

    private static List<String> labels(Group group) {
        return group.results().stream().map(r -> r.item().label()).toList();
    }

    @Test
    void aFailingOrHangingProviderIsNamedAndTheOthersStillShow() {
        SearchCategory counties = category("counties", 10, items(item("宛城区"), item("卧龙区")));
        SearchCategory broken = category("broken", 20, (context, sink) -> {
            throw new IllegalStateException("索引损坏");
        });
        SearchCategory hanging = category("hanging", 30, (context, sink) -> Thread.sleep(60_000));
        SearchCategory late = category("late", 40, items(item("卧龙岗")));

        SearchSession session = SearchSession.collect(List.of(counties, broken, hanging, late), SearchContext.none(),
                Duration.ofMillis(500));

        assertThat(session.problems()).hasSize(2);
        assertThat(session.problems().get(0)).contains("broken", "Acme 搜索 (acme.search)", "索引损坏");
        assertThat(session.problems().get(1)).contains("hanging", "Acme 搜索 (acme.search)", "0.5");
        List<Group> found = session.find("wl", Set.of(), 10);
        assertThat(found).extracting(g -> g.category().id()).containsExactly("counties", "late");
        assertThat(labels(found.get(0))).containsExactly("卧龙区");
        assertThat(labels(found.get(1))).containsExactly("卧龙岗");
    }

    @Test
    void theCategoryWithTheBestMatchComesFirstSoThatEnterOpensIt() {
        SearchCategory organisations = category("organisations", 10, items(item("市统计局"), item("市商务局")));
        SearchCategory indicators = category("indicators", 20, items(item("实际利用外资"), item("外贸出口")));
        SearchSession session = SearchSession.collect(List.of(organisations, indicators), SearchContext.none(),
                Duration.ofSeconds(5));

        // shi-ji: two whole syllables in a row in 实际, against 市 … 计 with 统 between them
        assertThat(session.find("shiji", Set.of(), 10)).extracting(g -> g.category().id())
                .containsExactly("indicators", "organisations");
        // the other way round when the organisation matches better: 商务 (shang wu) against nothing in the indicators
        assertThat(session.find("sw", Set.of(), 10)).extracting(g -> g.category().id()).first().isEqualTo("organisations");
        // no query: the categories' own order
        assertThat(session.find("", Set.of(), 10)).extracting(g -> g.category().id())
                .containsExactly("organisations", "indicators");
    }

    @Test
    void findLimitsEachCategoryButCountsAllMatchesBestFirst() {
        SearchCategory counties = category("counties", 10,
                items(item("唐河县"), item("桐柏县"), item("淅川县"), item("西峡县")));
        SearchSession session = SearchSession.collect(List.of(counties), SearchContext.none(), Duration.ofSeconds(5));

        Group group = session.find("x", Set.of(), 2).get(0);
        // x: initial of 县 in all four; first character 淅 (xi) and 西 (xi) rank first
        assertThat(group.total()).isEqualTo(4);
        assertThat(labels(group)).containsExactlyInAnyOrder("淅川县", "西峡县");
    }

    @Test
    void onlyTheChosenCategoriesAreSearched() {
        SearchCategory counties = category("counties", 10, items(item("出口")));
        SearchCategory reports = category("reports", 20, items(item("出口增速")));
        SearchSession session = SearchSession.collect(List.of(counties, reports), SearchContext.none(),
                Duration.ofSeconds(5));

        assertThat(session.find("ck", Set.of("reports"), 10)).extracting(g -> g.category().id())
                .containsExactly("reports");
        assertThat(session.find("ck", Set.of(), 10)).hasSize(2);
    }

    @Test
    void keywordsFindAnItemWithoutMarkingItsLabel() {
        SearchCategory reports = category("reports", 10, items(item("目标进度", "progress", "Progress against targets")));
        SearchSession session = SearchSession.collect(List.of(reports), SearchContext.none(), Duration.ofSeconds(5));

        Group group = session.find("progress", Set.of(), 10).get(0);
        assertThat(labels(group)).containsExactly("目标进度");
        assertThat(group.results().get(0).positions()).isEmpty();
        assertThat(session.find("mbjd", Set.of(), 10).get(0).results().get(0).positions()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void anEmptyQueryListsItemsInTheProvidersOrder() {
        SearchCategory recent = category("recent", 10, items(item("plan.podium"), item("actuals.podium"), item("base.podium")));
        SearchSession session = SearchSession.collect(List.of(recent), SearchContext.none(), Duration.ofSeconds(5));

        assertThat(labels(session.find("", Set.of(), 10).get(0)))
                .containsExactly("plan.podium", "actuals.podium", "base.podium");
        assertThat(session.size()).isEqualTo(3);
    }

    @Test
    void typingOnFindsWhatTheSameQueryTypedAfreshFinds() {
        // a typed-on query skips scoring names that cannot reach the shown results: it must still show
        // the same best items with the same scores and count the same matches as a fresh search
        String[] places = {"宛城", "卧龙", "南召", "方城", "西峡", "镇平", "内乡", "淅川", "社旗", "唐河"};
        String[] kinds = {"实际利用外资", "外贸出口", "固定资产投资", "信访总量", "新建幼儿园"};
        // 20 000 items: enough for a search to split a category between threads
        List<SearchItem> many = new java.util.ArrayList<>();
        for (int n = 0; n < 200; n++) {
            for (int p = 0; p < places.length; p++) {
                for (int k = 0; k < kinds.length; k++) {
                    many.add(item(places[p] + "区 " + kinds[k] + " " + (2020 + (p + k + n) % 6) + "-" + n));
                    many.add(item(kinds[k] + places[p] + n, "zone-" + p + "-" + k));
                }
            }
        }
        SearchCategory all = category("all", 10, items(many.toArray(SearchItem[]::new)));
        SearchSession typing = SearchSession.collect(List.of(all), SearchContext.none(), Duration.ofSeconds(5));
        SearchSession fresh = SearchSession.collect(List.of(all), SearchContext.none(), Duration.ofSeconds(5));
        for (String query : List.of("wcqsjly", "xfzl2023", "gdzctz", "zone-3", "xinjian", "外资2", "tanghe")) {
            for (int k = 1; k <= query.length(); k++) {
                String typed = query.substring(0, k);
                List<Group> narrowed = typing.find(typed, Set.of(), 3);
                fresh.find("#reset#", Set.of(), 3);
                List<Group> afresh = fresh.find(typed, Set.of(), 3);
                assertThat(summary(narrowed)).as(typed).isEqualTo(summary(afresh));
            }
            typing.find("", Set.of(), 3);
        }
    }

    private static List<String> summary(List<Group> groups) {
        return groups.stream().map(g -> g.total() + ": " + g.results().stream()
                .map(r -> r.item().label() + "=" + r.score()).toList()).toList();
    }
}
