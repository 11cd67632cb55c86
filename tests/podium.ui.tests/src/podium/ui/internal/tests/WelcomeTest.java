/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.lang.tools.WorkspaceModel;
import podium.testing.UiWait;
import podium.ui.internal.Messages;
import podium.ui.internal.welcome.Templates;
import podium.ui.internal.welcome.Templates.Template;
import podium.ui.internal.welcome.Welcome;

class WelcomeTest {

    @TempDir
    Path folder;

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    private static boolean welcomeOpen() {
        return Arrays.stream(Workbench.page().getEditorReferences()).map(IEditorReference::getId)
                .anyMatch(Welcome.EDITOR_ID::equals);
    }

    @Test
    void everyTemplateIsAValidPlanWithComments() throws Exception {
        assertThat(Templates.all()).hasSize(5);
        for (Template template : Templates.all()) {
            Path created = Templates.create(template, folder);
            Path plan = created.resolve("plan.podium");
            assertThat(Files.readString(plan, StandardCharsets.UTF_8)).as(template.id()).startsWith("//");
            assertThat(WorkspaceModel.load(created).problems()).as(template.id() + " has no problems").isEmpty();
        }
    }

    @Test
    void aSecondPlanFromTheSameTemplateGoesToANewFolderAndKeepsTheFirst() throws Exception {
        Template fdi = Templates.all().get(0);
        Path first = Templates.create(fdi, folder);
        Files.writeString(first.resolve("plan.podium"), "// mine\n", StandardCharsets.UTF_8);

        Path second = Templates.create(fdi, folder);

        assertThat(second).isEqualTo(folder.resolve(fdi.name() + " (2)"));
        assertThat(Files.readString(first.resolve("plan.podium"), StandardCharsets.UTF_8)).isEqualTo("// mine\n");
        assertThat(second.resolve("plan.podium")).isNotEmptyFile();
    }

    @Test
    void theExampleWorkspaceIsCopiedOnceAndThenReopenedAsTheUserLeftIt() throws Exception {
        Path examples = folder.resolve("Podium").resolve("examples");
        Templates.examples(examples);
        assertThat(examples.resolve("plan.podium")).isNotEmptyFile();
        assertThat(examples.resolve("speeches")).isDirectory();
        Files.writeString(examples.resolve("plan.podium"), "// edited\n", StandardCharsets.UTF_8);

        Templates.examples(examples);

        assertThat(Files.readString(examples.resolve("plan.podium"), StandardCharsets.UTF_8)).isEqualTo("// edited\n");
    }

    @Test
    void theWelcomePageShowsWhileNothingIsOpenAndGivesWayToTheFirstFile() throws Exception {
        Workbench.page().closeAllEditors(false);
        Welcome.showIfNothingOpen(Workbench.window());
        assertThat(welcomeOpen()).isTrue();

        Path plan = Templates.create(Templates.all().get(1), folder).resolve("plan.podium");
        IDE.openEditorOnFileStore(Workbench.page(), EFS.getLocalFileSystem().getStore(plan.toUri()));

        UiWait.until("the welcome page closed", () -> !welcomeOpen());
    }

    @Test
    void theLinksAreNotUnderlinedThroughTheirChineseText() {
        Workbench.page().closeAllEditors(false);
        Welcome.showIfNothingOpen(Workbench.window());
        UiWait.until("the welcome page is open", WelcomeTest::welcomeOpen);
        List<Hyperlink> links = new ArrayList<>();
        collect(Workbench.window().getShell(), links);
        assertThat(links).isNotEmpty().noneMatch(Hyperlink::isUnderlined);
    }

    @Test
    void theIntroductionWrapsWithinTheEditorAreaInsteadOfRunningOffIt() {
        Workbench.page().closeAllEditors(false);
        Welcome.showIfNothingOpen(Workbench.window());
        UiWait.until("the welcome page shows its introduction", () -> introduction(Workbench.window().getShell()) != null);
        Label intro = introduction(Workbench.window().getShell());
        UiWait.until("the welcome page is laid out", () -> intro.getBounds().height > 0);
        Composite form = intro.getParent();
        while (!(form instanceof ScrolledForm)) {
            form = form.getParent();
        }
        int visible = form.getClientArea().width;
        Point oneLine = intro.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        assertThat(oneLine.x).as("precondition: the introduction is longer than the editor area is wide").isGreaterThan(visible);
        assertThat(intro.getBounds().x + intro.getBounds().width).as("the introduction's right edge").isLessThanOrEqualTo(visible);
        assertThat(intro.getBounds().height).as("wrapped onto more lines than one").isGreaterThan(oneLine.y);
    }

    /** The label of the welcome page's introduction under {@code parent}, or null. */
    private static Label introduction(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && Messages.Welcome_intro.equals(label.getText()) && label.isVisible()) {
                return label;
            }
            if (child instanceof Composite composite) {
                Label found = introduction(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collect(Composite parent, List<Hyperlink> links) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Hyperlink link && link.isVisible()) {
                links.add(link);
            } else if (child instanceof Composite composite) {
                collect(composite, links);
            }
        }
    }

    @Test
    void theWelcomePageStaysAwayWhenAnEditorIsOpen() throws Exception {
        Workbench.page().closeAllEditors(false); // the one shown at start-up, if this test runs first
        Path plan = Templates.create(Templates.all().get(2), folder).resolve("plan.podium");
        IDE.openEditorOnFileStore(Workbench.page(), EFS.getLocalFileSystem().getStore(plan.toUri()));

        Welcome.showIfNothingOpen(Workbench.window());

        assertThat(welcomeOpen()).isFalse();
    }
}
