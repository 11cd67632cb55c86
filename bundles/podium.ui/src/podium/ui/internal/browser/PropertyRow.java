/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.browser;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * One row of the property table: a feature's display name and its value as text.
 *
 * @param name  the property's display name from its item property descriptor
 * @param value the value's label, empty when unset
 */
public record PropertyRow(String name, String value) {

    /** The rows for {@code object} as its item property source describes them; none for a non-model object. */
    public static List<PropertyRow> of(AdapterFactory adapters, Object object) {
        IItemPropertySource source = (IItemPropertySource) adapters.adapt(object, IItemPropertySource.class);
        if (source == null) {
            return List.of();
        }
        List<PropertyRow> rows = new ArrayList<>();
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
            rows.add(new PropertyRow(descriptor.getDisplayName(object), valueText(descriptor, object)));
        }
        return rows;
    }

    private static String valueText(IItemPropertyDescriptor descriptor, Object object) {
        Object value = descriptor.getPropertyValue(object);
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        String text = labels == null ? String.valueOf(value) : labels.getText(value);
        return text == null ? "" : text; //$NON-NLS-1$
    }
}
