/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.browser;

import java.net.MalformedURLException;
import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons from EMF.Edit item providers, whose images are URLs turned into SWT images here. */
final class ModelLabelProvider extends LabelProvider {
    private final AdapterFactoryItemDelegator delegator;
    private final ResourceManager images;

    /** {@code images} owns the SWT images and frees them with the control it belongs to. */
    ModelLabelProvider(AdapterFactory adapters, ResourceManager images) {
        this.delegator = new AdapterFactoryItemDelegator(adapters);
        this.images = images;
    }

    @Override
    public String getText(Object element) {
        return delegator.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        ImageDescriptor descriptor = descriptorOf(delegator.getImage(element));
        return descriptor == null ? null : images.create(descriptor);
    }

    /** EMF.Edit images are URLs, EMF URIs or composed overlays (shown by their base image here). */
    static ImageDescriptor descriptorOf(Object image) {
        if (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
            return descriptorOf(composed.getImages().get(0));
        }
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof org.eclipse.emf.common.util.URI uri) {
            try {
                return ImageDescriptor.createFromURL(new URL(uri.toString()));
            } catch (MalformedURLException e) {
                return null;
            }
        }
        return image instanceof ImageDescriptor descriptor ? descriptor : null;
    }
}
