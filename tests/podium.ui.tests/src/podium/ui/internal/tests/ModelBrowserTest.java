/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;
import podium.ui.internal.browser.ModelBrowserEditor;
import podium.ui.internal.browser.ModelLoader;
import podium.ui.internal.browser.PropertyRow;

/** The *.xmi model browser: tree and properties from reflective item providers; broken files shown, not thrown. */
class ModelBrowserTest {
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("browser-test");
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void xmiFileOpensInTheBrowserWithTreeAndProperties() throws Exception {
        IFile file = project.getFile("planning.xmi");
        file.create(new ByteArrayInputStream(xmiOf(planningPackage())), true, null);

        IEditorPart editor = IDE.openEditor(Workbench.page(), file);

        assertThat(editor).isInstanceOf(ModelBrowserEditor.class);
        ModelBrowserEditor browser = (ModelBrowserEditor) editor;
        assertThat(browser.model().problems()).isEmpty();
        TreeItem root = browser.tree().getTree().getItem(0);
        assertThat(root.getText()).contains("planning");
        UiWait.until("the package's classes are listed", () -> root.getItemCount() == 1
                && root.getItem(0).getText().contains("Target"));

        Object target = browser.model().resource().getContents().get(0).eContents().get(0);
        browser.tree().setSelection(new StructuredSelection(target), true);
        assertThat(browser.shownProperties()).extracting(PropertyRow::value).contains("Target");
        assertThat(browser.shownProperties()).extracting(PropertyRow::name).doesNotContainNull();
    }

    @Test
    void brokenFileOpensWithItsProblemAndLocation() throws Exception {
        IFile file = project.getFile("broken.xmi");
        String xmi = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ecore:EPackage xmlns:ecore=\""
                + EcorePackage.eNS_URI + "\" name=\"p\">\n  <eClassifiers\n</ecore:EPackage>\n";
        file.create(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), true, null);

        ModelBrowserEditor browser = (ModelBrowserEditor) IDE.openEditor(Workbench.page(), file);

        assertThat(browser.model().problems()).isNotEmpty();
        assertThat(browser.model().problems().get(0).code()).isEqualTo(ModelLoader.UNREADABLE);
        assertThat(browser.model().problems().get(0).path()).isEqualTo("browser-test/broken.xmi");
        assertThat(browser.model().problems().get(0).line()).isGreaterThan(1);
    }

    @Test
    void fileOfAnUnknownModelReportsTheMissingPackage() throws Exception {
        IFile file = project.getFile("unknown.xmi");
        String xmi = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<plan:Plan xmlns:plan=\"http://podium.example/not-registered\" name=\"2026\"/>\n";
        file.create(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), true, null);

        ModelBrowserEditor browser = (ModelBrowserEditor) IDE.openEditor(Workbench.page(), file);

        assertThat(browser.model().problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.code()).isEqualTo(ModelLoader.UNREADABLE));
        assertThat(browser.model().problems().get(0).message()).contains("not-registered");
        assertThat(browser.tree().getTree().getItemCount()).isZero();
    }

    private static EPackage planningPackage() {
        EPackage pkg = EcoreFactory.eINSTANCE.createEPackage();
        pkg.setName("planning");
        pkg.setNsURI("http://podium.example/planning");
        pkg.setNsPrefix("planning");
        EClass target = EcoreFactory.eINSTANCE.createEClass();
        target.setName("Target");
        EAttribute guarantee = EcoreFactory.eINSTANCE.createEAttribute();
        guarantee.setName("guarantee");
        guarantee.setEType(EcorePackage.Literals.EBIG_DECIMAL);
        target.getEStructuralFeatures().add(guarantee);
        pkg.getEClassifiers().add(target);
        return pkg;
    }

    private static byte[] xmiOf(EPackage pkg) throws Exception {
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/planning.xmi"));
        resource.getContents().add(pkg);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of());
        return out.toByteArray();
    }
}
