/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ReplaceRegion;
import org.junit.jupiter.api.Test;

import podium.core.Problem;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;
import podium.model.Indicator;
import podium.model.PlanningFile;
import podium.model.Target;
import podium.model.Unit;
import podium.xtext.jface.internal.InPlaceUpdate;

/** The in-place update the language server does for open documents, on a plain resource set. */
class InPlaceUpdateTest {

    private static final String DEFINITIONS = """
            plan p "计划" period 2004
            org 市 city { org 甲县 county org 乙区 district }
            indicator 出口 "出口" unit 万美元
            indicator 外资 "实际利用外资" unit 万美元
            indicator 投资 "固定资产投资" unit 亿元
            """;
    private static final String TARGETS = """
            target 外资 市: 确保 1000 万美元
            actual 外资 甲县 2004-01 累计 10
            actual 外资 乙区 2004-01 累计 20
            """ + monthsOf("甲县") + monthsOf("乙区");

    @Test
    void theChangedRegionIsWhatLiesBetweenTheCommonStartAndEnd() {
        assertThat(InPlaceUpdate.difference("abc", "abc")).isNull();
        assertThat(parts(InPlaceUpdate.difference("aa", "aaa"))).containsExactly(2, 0, "a");
        assertThat(parts(InPlaceUpdate.difference("累计 420\n", "累计 42\n"))).containsExactly(5, 1, "");
        assertThat(parts(InPlaceUpdate.difference("xyz", ""))).containsExactly(0, 3, "");
    }

    @Test
    void anotherFilesReferenceToAReplacedElementResolvesToItsSuccessor() {
        Loaded loaded = load(initialTexts());
        XtextResource definitions = loaded.files().get("defs.podium");
        XtextResource targets = loaded.files().get("targets.podium");
        assertThat(loaded.workspace().validate()).isEmpty();
        Target target = EcoreUtil2.getAllContentsOfType(targets.getContents().get(0), Target.class).get(0);
        Indicator before = target.getIndicator();
        PlanningFile file = (PlanningFile) definitions.getContents().get(0);

        assertThat(InPlaceUpdate.apply(definitions, DEFINITIONS.replace("实际利用外资\" unit 万美元", "实际利用外资\" unit 亿美元")))
                .isTrue();

        assertThat(definitions.getContents()).containsExactly(file); // only the statement was parsed again
        Indicator after = target.getIndicator();
        assertThat(after).isNotSameAs(before);
        assertThat(after.eResource()).isSameAs(definitions);
        assertThat(after.getUnit()).isEqualTo(Unit.HUNDRED_MILLION_USD);
    }

    @Test
    void aFileEditedInPlaceHasTheProblemsOfTheSameTextParsedAfresh() {
        List<java.util.function.UnaryOperator<String>> edits = List.of(
                t -> t.replace("甲县 2004-01", "丙县 2004-01"), // unknown name
                t -> t.replace("乙区 2004-01 累计 20", "乙区 2004-01 20"), // syntax error
                t -> t.replace("丙县 2004-01", "甲县 2004-01"),
                t -> t.replace("确保 1000", "确保 1000 力争 900"), // strive below guarantee
                t -> t.replace("乙区 2004-03 累计 30", "乙区 2004-03 累计 3"), // cumulative decreasing
                t -> t + "actual 外资 甲县 2004-12 累计 500\n",
                t -> "/* 新 */\n" + t,
                t -> t.replace("乙区 2004-01 20", "乙区 2004-01 累计 20"));
        Map<String, String> texts = initialTexts();
        Loaded edited = load(texts);
        edited.workspace().validate();
        for (var edit : edits) {
            String text = edit.apply(texts.get("targets.podium"));
            texts.put("targets.podium", text);
            assertThat(InPlaceUpdate.apply(edited.files().get("targets.podium"), text)).as(text).isTrue();
            assertThat(describe(edited.workspace().validate())).as(text).isEqualTo(describe(load(texts).workspace().validate()));
        }
    }

    @Test
    void randomSmallEditsGiveTheProblemsOfAFreshParseAfterEveryStep() {
        randomEdits("targets.podium", 20261125);
    }

    @Test
    void randomSmallEditsOfTheReferencedFileToo() {
        randomEdits("defs.podium", 20261126);
    }

    @Test
    void noReferenceFromAnotherFileIsLeftOnAnElementTheUpdateDetached() {
        Random random = new Random(20261127);
        Map<String, String> texts = initialTexts();
        Loaded loaded = load(texts);
        loaded.workspace().validate(); // resolves every reference of targets.podium into defs.podium
        int checked = 0;
        for (int step = 0; step < 80; step++) {
            String text = randomlyEdited(texts.get("defs.podium"), random);
            texts.put("defs.podium", text);
            if (!InPlaceUpdate.apply(loaded.files().get("defs.podium"), text)) {
                loaded = load(texts);
                loaded.workspace().validate();
                continue;
            }
            for (EObject target : referencedFrom(loaded.files().get("targets.podium"))) {
                assertThat(target.eIsProxy() || target.eResource() != null).as("step %d:%n%s", step, text).isTrue();
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    /** What the elements of a file refer to, as they hold it now (proxies not resolved). */
    private static List<EObject> referencedFrom(XtextResource resource) {
        List<EObject> targets = new ArrayList<>();
        resource.getAllContents().forEachRemaining(element -> {
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer()) {
                    continue;
                }
                Object value = element.eGet(reference, false);
                if (value instanceof List<?> many) {
                    many.forEach(v -> targets.add((EObject) v));
                } else if (value != null) {
                    targets.add((EObject) value);
                }
            }
        });
        return targets;
    }

    /**
     * Edits one file at random places with typical typing and compares, after every step, all problems
     * with a fresh parse of both files. The other file is relinked after each step, as the language
     * server's builder rebuilds the files a change affects.
     */
    private static void randomEdits(String editedFile, long seed) {
        Random random = new Random(seed);
        Map<String, String> texts = initialTexts();
        Loaded loaded = load(texts);
        int inPlace = 0;
        for (int step = 0; step < 80; step++) {
            String text = randomlyEdited(texts.get(editedFile), random);
            texts.put(editedFile, text);
            if (InPlaceUpdate.apply(loaded.files().get(editedFile), text)) {
                inPlace++;
                loaded.files().forEach((name, resource) -> {
                    if (!name.equals(editedFile)) {
                        resource.relink();
                    }
                });
            } else {
                loaded = load(texts); // what the server does then: parse the text afresh
            }
            assertThat(describe(loaded.workspace().validate())).as("step %d:%n%s", step, text)
                    .isEqualTo(describe(load(texts).workspace().validate()));
        }
        assertThat(inPlace).isGreaterThan(60);
    }

    private static final String[] TYPED = {"1", "0", " ", "\n", "累计", "甲县", "actual ", "target 外资 市: 确保 ", "//", "\"",
        "{", "}", "-", "2004-0", "/*", "*/", "确保", "力争"};

    /** The text after one keystroke-sized change at a random place: typing, deleting, or both. */
    private static String randomlyEdited(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        int removed = random.nextInt(3) == 0 ? Math.min(random.nextInt(6), text.length() - at) : 0;
        return text.substring(0, at) + (random.nextBoolean() ? TYPED[random.nextInt(TYPED.length)] : "")
                + text.substring(at + removed);
    }

    /** A workspace and its files by name. */
    private record Loaded(PodiumWorkspace workspace, Map<String, XtextResource> files) {
    }

    /** Both files by name, the definitions first, as a workspace folder lists them. */
    private static Map<String, String> initialTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("defs.podium", DEFINITIONS);
        texts.put("targets.podium", TARGETS);
        return texts;
    }

    private static Loaded load(Map<String, String> texts) {
        PodiumWorkspace workspace = new PodiumWorkspace(PodiumLanguage.injector());
        Map<String, XtextResource> files = new LinkedHashMap<>();
        texts.forEach((name, text) -> files.put(name, workspace.addText(name, text)));
        return new Loaded(workspace, files);
    }

    private static String monthsOf(String county) {
        StringBuilder months = new StringBuilder();
        for (int month = 2; month <= 9; month++) {
            months.append("actual 外资 ").append(county).append(" 2004-0").append(month).append(" 累计 ").append(month * 10).append('\n');
        }
        return months.toString();
    }

    private static List<Object> parts(ReplaceRegion region) {
        return List.of(region.getOffset(), region.getLength(), region.getText());
    }

    private static List<String> describe(List<Problem> problems) {
        return problems.stream().map(Problem::format).toList();
    }
}
