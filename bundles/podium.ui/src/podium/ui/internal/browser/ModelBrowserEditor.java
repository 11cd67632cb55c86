/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;

import podium.core.Problem;
import podium.ui.internal.Messages;
import podium.ui.internal.parts.ReadOnlyEditorPart;

/**
 * A read-only browser for EMF model files (*.xmi): the containment tree on the left, the selected
 * object's properties on the right, both from EMF.Edit's reflective item providers, so it needs no
 * generated code and works for any model whose package is registered.
 */
public final class ModelBrowserEditor extends ReadOnlyEditorPart {
    public static final String ID = "podium.ui.editors.modelBrowser"; //$NON-NLS-1$

    private ComposedAdapterFactory adapters;
    private LoadedModel model;
    private TreeViewer tree;
    private PropertyTable properties;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput) && !(input instanceof IURIEditorInput)) {
            throw new PartInitException(NLS.bind(Messages.ModelBrowserEditor_unsupportedInput, input.getName()));
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapters.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        model = ModelLoader.load(uriOf(getEditorInput()), pathOf(getEditorInput()));

        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout());
        if (!model.problems().isEmpty()) {
            createProblemsBanner(area, model.problems());
        }
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createTree(sash);
        properties = new PropertyTable(sash);
        sash.setWeights(55, 45);
        getSite().setSelectionProvider(tree);
    }

    private void createTree(Composite parent) {
        tree = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.setUseHashlookup(true);
        tree.setContentProvider(new ModelContentProvider(adapters));
        tree.setLabelProvider(new ModelLabelProvider(adapters,
                new LocalResourceManager(JFaceResources.getResources(), tree.getControl())));
        tree.setInput(model.resource());
        tree.expandToLevel(2);
        tree.addSelectionChangedListener(event -> {
            Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
            properties.show(selected == null ? List.of() : PropertyRow.of(adapters, selected));
        });
    }

    private static void createProblemsBanner(Composite parent, List<Problem> problems) {
        Text banner = new Text(parent, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
        String lines = problems.stream().map(Problem::format).collect(Collectors.joining("\n")); //$NON-NLS-1$
        banner.setText(NLS.bind(Messages.ModelBrowserEditor_problems, lines));
        banner.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
    }

    private static URI uriOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput) {
            IFile file = fileInput.getFile();
            return file.getLocation() != null ? URI.createFileURI(file.getLocation().toOSString())
                    : URI.createPlatformResourceURI(file.getFullPath().toString(), true);
        }
        return URI.createURI(((IURIEditorInput) input).getURI().toString());
    }

    private static String pathOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput) {
            return fileInput.getFile().getFullPath().makeRelative().toString();
        }
        java.net.URI uri = ((IURIEditorInput) input).getURI();
        return "file".equals(uri.getScheme()) ? Path.of(uri).toString() : uri.toString(); //$NON-NLS-1$
    }

    /** What was read, for tests and for the views that follow this editor. */
    public LoadedModel model() {
        return model;
    }

    /** The containment tree. */
    public TreeViewer tree() {
        return tree;
    }

    /** The rows the property table shows now. */
    public List<PropertyRow> shownProperties() {
        return properties.rows();
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (adapters != null) {
            adapters.dispose();
        }
        super.dispose();
    }
}
