/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import podium.core.Problem;
import podium.lang.resource.PodiumResource;
import podium.lang.scoping.PodiumLinkingService;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;
import podium.model.PlanningFile;

/** Linking through the cached file-level scopes, and the resource's indexed URI fragments. */
class LinkingAndFragmentsTest {

    private static final String NESTED = """
            namespace 南阳
            plan p "计划" period 2004 for 市
            indicator 外资 "实际利用外资" unit 万美元
            org 市 city { org 甲县 county { org 某镇 other } org 乙区 district }
            split 外资 2004 { 甲县 确保 600 乙区 确保 400 }
            target 外资 市 2004: 确保 1000
            meeting m "会议" { speech "讲话" speaker "市长" speech "总结" }
            actual 外资 甲县 2004-01 累计 10
            actual 外资 乙区 2004-01 累计 20
            """;

    @Test
    void fragmentsAreEmfsOwnForEveryElement() {
        XtextResource resource = load(NESTED);
        assertThat(resource).isInstanceOf(PodiumResource.class);
        assertThat(fragments(resource)).isEqualTo(emfFragmentsOfACopy(resource));
    }

    @Test
    void fragmentsFollowElementsThatMovedInTheirList() {
        XtextResource resource = load(NESTED);
        List<String> before = fragments(resource);
        PlanningFile file = (PlanningFile) resource.getContents().get(0);
        file.getElements().move(0, file.getElements().size() - 1);
        file.getElements().remove(3);
        List<String> after = fragments(resource);
        assertThat(after).isNotEqualTo(before).isEqualTo(emfFragmentsOfACopy(resource));
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            assertThat(resource.getEObject(resource.getURIFragment(element))).isSameAs(element);
        }
    }

    @Test
    void unloadingTurnsElementsIntoProxiesOfTheirFragments() {
        XtextResource resource = load(NESTED);
        List<EObject> elements = new ArrayList<>();
        resource.getAllContents().forEachRemaining(elements::add);
        List<String> fragments = fragments(resource);
        resource.unload();
        for (int i = 0; i < elements.size(); i++) {
            URI proxy = ((InternalEObject) elements.get(i)).eProxyURI();
            assertThat(proxy.fragment()).isEqualTo(fragments.get(i));
        }
    }

    @Test
    void everyReferenceOfALargeFileLinksThroughTheSharedFileScope() {
        StringBuilder actuals = new StringBuilder();
        for (int month = 1; month <= 12; month++) {
            actuals.append("actual 外资 甲县 2004-").append(month < 10 ? "0" : "").append(month).append(" 累计 ").append(month * 10)
                    .append("\nactual 外资 乙县 2004-").append(month < 10 ? "0" : "").append(month).append(" 累计 ").append(month)
                    .append('\n');
        }
        List<Problem> problems = Workspaces.validateFiles(
                "orgs.podium", "namespace 南阳\norg 市 city { org 甲县 county }\n",
                "actuals.podium", "import 南阳.*\nplan p \"计划\" period 2004\nindicator 外资 \"外资\" unit 万美元\n"
                        + actuals);
        // 乙县 is nowhere; 甲县 comes through the import
        List<Problem> unresolved = problems.stream().filter(p -> p.code().equals("PDM-L001")).toList();
        assertThat(unresolved).hasSize(12).allMatch(p -> p.message().contains("乙县"));
    }

    @Test
    void importsAndNamespacesStillDecideWhatANameMeans() {
        List<String> codes = Workspaces.codes(Workspaces.validateFiles(
                "a.podium", "namespace 甲\norg 县 county\n",
                "b.podium", "namespace 乙\norg 县 county\n",
                "plan.podium", "import 乙.*\nplan p \"计划\" period 2004\nindicator 外资 \"外资\" unit 万美元\n"
                        + "target 外资 县: 确保 10\ntarget 外资 甲.县: 确保 5\ntarget 外资 丙.县: 确保 1\n"));
        assertThat(codes).containsOnlyOnce("PDM-L001");
    }

    @Test
    void resolvingAFileInOnePassLinksAsLinkByLinkDoes() {
        String[] files = {"a.podium", "namespace 甲\norg 县 county\n",
            "b.podium", "namespace 乙\norg 县 county\n",
            "plan.podium", "import 乙.*\nplan p \"计划\" period 2004 for 县\nindicator 外资 \"外资\" unit 万美元\n"
                    + "org 市 city { org 甲区 district }\n"
                    + "split 外资 市 2004 { 县 确保 1 甲区 确保 2 丙区 确保 3 }\n"
                    + "target 外资 县: 确保 10\ntarget 外资 甲.县: 确保 5\ntarget 外资 丙.县: 确保 1\n"
                    + "actual 外资 县 2004-01 累计 1\nactual 外资 甲.县 2004-01 累计 2\nactual 外资 丁县 2004-01 累计 3\n"
                    + "actual 外资 县 2004-02 累计 4\nactual 内资 县 2004-02 累计 5\nactual 外资 甲区 2004-03 累计 6\n"};
        List<String> linkByLink = links(files, Linking.LINK_BY_LINK);
        assertThat(links(files, Linking.ONE_PASS)).isEqualTo(linkByLink);
        // links into both namespaced files, links that do not resolve and their errors
        assertThat(linkByLink).anyMatch(l -> l.contains("-> a.podium#")).anyMatch(l -> l.contains("-> b.podium#"))
                .anyMatch(l -> l.endsWith("unresolved")).anyMatch(l -> l.contains("丁县")).anyMatch(l -> l.contains("内资"));
    }

    /**
     * Links installed once the workspace is loaded (what the actuals import loads) are those the proxies
     * resolve to, here with the plan loaded before the files it links into, many-valued links, a link into
     * the plan's own file, names that do not resolve and one that resolves to two elements.
     */
    @Test
    void linksInstalledAfterLoadingAreThoseTheProxiesResolveTo() {
        String[] files = {"plan.podium", "import 乙.*\nplan p \"计划\" period 2004 for 县\nindicator 外资 \"外资\" unit 万美元 peers 省内\n"
                    + "group 省内 \"省内\" size 3 members 县, 甲.县, 戊县\n"
                    + "measure \"招商\" owner 县 with 甲.县, 己县, 市\norg 市 city\n"
                    + "target 外资 县: 确保 10\ntarget 外资 重.县: 确保 1\n"
                    + "actual 外资 县 2004-01 累计 1\nactual 外资 甲.县 2004-01 累计 2\nactual 外资 丁县 2004-01 累计 3\n",
            "a.podium", "namespace 甲\norg 县 county\n",
            "b.podium", "namespace 乙\norg 县 county\n",
            "c.podium", "namespace 重\norg 县 county\n",
            "d.podium", "namespace 重\norg 县 county\n"};
        List<String> linkByLink = links(files, Linking.LINK_BY_LINK);
        assertThat(links(files, Linking.DEFERRED)).isEqualTo(linkByLink);
        assertThat(linkByLink).anyMatch(l -> l.contains("members -> a.podium#")).anyMatch(l -> l.contains("coOwners -> plan.podium#"))
                .anyMatch(l -> l.contains("members -> unresolved")).anyMatch(l -> l.contains("戊县")).anyMatch(l -> l.contains("己县"))
                .anyMatch(l -> l.contains("organisation -> c.podium#") || l.contains("organisation -> d.podium#"));
    }

    @Test
    void linksInstalledAfterLoadingHaveNoProxyForATargetFound() {
        PodiumWorkspace workspace = new PodiumWorkspace(PodiumLanguage.injector());
        workspace.deferLinking();
        XtextResource plan = workspace.addText("plan.podium", "plan p \"计划\" period 2004 for 市\nindicator 外资 \"外资\" unit 万美元\n"
                + "actual 外资 县 2004-01 累计 1\nactual 外资 无此县 2004-01 累计 2\n");
        workspace.addText("orgs.podium", "org 市 city { org 县 county }\n");
        workspace.linkDeferred();
        List<String> stored = new ArrayList<>();
        for (TreeIterator<EObject> all = plan.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (!reference.isContainment() && !reference.isMany() && element.eIsSet(reference)) {
                    EObject target = (EObject) element.eGet(reference, false);
                    stored.add(reference.getName() + (target.eIsProxy() ? " proxy" : " " + ((podium.model.PlanElement) target).getName()));
                }
            }
        }
        assertThat(stored).containsExactlyInAnyOrder("organisation 市", "indicator 外资", "organisation 县", "indicator 外资",
                "organisation proxy");
    }

    /** What `podium validate` does (links installed after loading, under the validation's index) changes no problem. */
    @Test
    void validatingWithLinksInstalledAfterLoadingFindsTheSameProblems() {
        String[] files = {"actuals.podium", "import 南阳.*\nactual 外资 甲县 2004-01 累计 10\nactual 外资 乙县 2004-01 累计 20\n"
                    + "actual 内资 甲县 2004-01 累计 30\nactual 外资 甲县 2004-01 累计 40\nactual 外资 丙县 2004-02 累计 5\n",
            "plan.podium", "plan p \"计划\" period 2004 as-of 2004-08-31 for 南阳.市\n"
                    + "indicator 外资 \"实际利用外资\" unit 万美元 cumulative\ntarget 外资 南阳.甲县: 确保 100\n"
                    + "split 外资 南阳.市 2004 { 南阳.甲县 确保 60 南阳.丁县 确保 30 }\n",
            "orgs.podium", "namespace 南阳\norg 市 city { org 甲县 county org 丙县 county org 丙县 county }\n"};
        List<Problem> eager = validate(files, false);
        assertThat(validate(files, true)).isEqualTo(eager);
        assertThat(Workspaces.codes(eager)).contains("PDM-L001");
    }

    private static List<Problem> validate(String[] files, boolean deferLinking) {
        PodiumWorkspace workspace = new PodiumWorkspace(PodiumLanguage.injector());
        if (deferLinking) {
            workspace.deferLinking();
        }
        for (int i = 0; i < files.length; i += 2) {
            workspace.addText(files[i], files[i + 1]);
        }
        return workspace.validate();
    }

    private enum Linking {
        /** EMF's resolveAll, which asks the scope for each link's proxy. */
        LINK_BY_LINK,
        /** {@link PodiumLinkingService#resolveAll}: the proxies resolved in one pass. */
        ONE_PASS,
        /** Loaded with {@link PodiumWorkspace#deferLinking()}, linked after loading, then one pass for the rest. */
        DEFERRED
    }

    /** Every link of plan.podium as "feature -> target's file and fragment" (or its error), linked {@code how}. */
    private static List<String> links(String[] files, Linking how) {
        PodiumWorkspace workspace = new PodiumWorkspace(PodiumLanguage.injector());
        if (how == Linking.DEFERRED) {
            workspace.deferLinking();
        }
        XtextResource plan = null;
        for (int i = 0; i < files.length; i += 2) {
            XtextResource added = workspace.addText(files[i], files[i + 1]);
            plan = files[i].equals("plan.podium") ? added : plan;
        }
        if (how == Linking.DEFERRED) {
            workspace.linkDeferred();
        }
        if (how == Linking.LINK_BY_LINK) {
            EcoreUtil.resolveAll(plan);
        } else {
            PodiumLinkingService.resolveAll(plan);
        }
        List<String> links = new ArrayList<>();
        for (TreeIterator<EObject> all = plan.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || !element.eIsSet(reference)) {
                    continue;
                }
                Object value = element.eGet(reference, false);
                for (Object target : value instanceof List<?> list ? list : List.of(value)) {
                    EObject linked = (EObject) target;
                    links.add(plan.getURIFragment(element) + " " + reference.getName() + " -> " + (linked.eIsProxy()
                            ? "unresolved" : linked.eResource().getURI().lastSegment() + "#" + linked.eResource().getURIFragment(linked)));
                }
            }
        }
        plan.getErrors().forEach(e -> links.add(e.getLine() + ":" + e.getColumn() + " " + e.getMessage()));
        return links;
    }

    private static XtextResource load(String text) {
        return new PodiumWorkspace(PodiumLanguage.injector()).addText("nested.podium", text);
    }

    private static List<String> fragments(Resource resource) {
        List<String> result = new ArrayList<>();
        resource.getAllContents().forEachRemaining(o -> result.add(resource.getURIFragment(o)));
        return result;
    }

    /** What EMF itself says, on a plain resource holding a copy of the same tree. */
    private static List<String> emfFragmentsOfACopy(Resource resource) {
        Resource plain = new ResourceImpl(URI.createURI("plain:/copy"));
        plain.getContents().addAll(EcoreUtil.copyAll(resource.getContents()));
        return fragments(plain);
    }
}
