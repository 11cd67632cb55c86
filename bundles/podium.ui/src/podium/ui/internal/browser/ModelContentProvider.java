/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.browser;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Tree content from EMF.Edit item providers: the resource's roots, then each object's children. */
final class ModelContentProvider implements ITreeContentProvider {
    private final AdapterFactory adapters;

    ModelContentProvider(AdapterFactory adapters) {
        this.adapters = adapters;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = provider(parent);
        if (provider == null) {
            return new Object[0];
        }
        Collection<?> children = provider.getChildren(parent);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider != null && provider.hasChildren(element);
    }

    private ITreeItemContentProvider provider(Object object) {
        return (ITreeItemContentProvider) adapters.adapt(object, ITreeItemContentProvider.class);
    }
}
