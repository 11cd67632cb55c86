/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.ui.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.views.IViewRegistry;

/**
 * The workbench's view registry (Show View, {@code IWorkbenchPage.showView}) and the part descriptors of
 * its application model, changed one view at a time. The platform has no API for this: its internal
 * {@code ViewRegistry} reads {@code org.eclipse.ui.views} once, in its {@code postConstruct}, into private
 * maps. This class reaches them by reflection and adds a view the way that method does (its private
 * {@code createDescriptor}); {@link #of} is empty when a platform update changed them.
 */
final class WorkbenchViews {

    private final IViewRegistry registry;
    private final MApplication application;
    private final Method createDescriptor;
    private final Map<String, IViewDescriptor> descriptors;
    private final Map<String, Object> categories;
    private final Constructor<?> newCategory;
    private final Field categoryViews;

    @SuppressWarnings("unchecked")
    private WorkbenchViews(IViewRegistry registry, MApplication application) throws ReflectiveOperationException {
        this.registry = registry;
        this.application = application;
        Class<?> type = registry.getClass();
        createDescriptor = type.getDeclaredMethod("createDescriptor", IConfigurationElement.class, boolean.class); //$NON-NLS-1$
        createDescriptor.setAccessible(true);
        descriptors = (Map<String, IViewDescriptor>) field(type, "descriptors").get(registry); //$NON-NLS-1$
        categories = (Map<String, Object>) field(type, "categories").get(registry); //$NON-NLS-1$
        Class<?> category = type.getClassLoader().loadClass("org.eclipse.ui.internal.registry.ViewCategory"); //$NON-NLS-1$
        newCategory = category.getConstructor(String.class, String.class);
        categoryViews = field(category, "descriptors"); //$NON-NLS-1$
    }

    /** The views of {@code workbench}; empty (with a warning in the log) if its registry cannot be reached. */
    static Optional<WorkbenchViews> of(IWorkbench workbench) {
        try {
            return Optional.of(new WorkbenchViews(workbench.getViewRegistry(), workbench.getService(MApplication.class)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            ILog.of(WorkbenchViews.class).warn("The workbench's view registry cannot be changed while it runs: " //$NON-NLS-1$
                    + "plugins' views need a restart", e); //$NON-NLS-1$
            return Optional.empty();
        }
    }

    /** The ids of the views the workbench offers. */
    Set<String> ids() {
        return Set.copyOf(descriptors.keySet());
    }

    /** Whether the view {@code id} comes from an extension that is no longer in the extension registry. */
    boolean isStale(String id) {
        IConfigurationElement element = Adapters.adapt(descriptors.get(id), IConfigurationElement.class);
        return element == null || !element.isValid();
    }

    /** Adds a {@code category} element of the point, unless its id is known. */
    void addCategory(IConfigurationElement element) throws ReflectiveOperationException {
        String id = element.getAttribute("id"); //$NON-NLS-1$
        if (id != null && !categories.containsKey(id)) {
            categories.put(id, newCategory.newInstance(id, element.getAttribute("name"))); //$NON-NLS-1$
        }
    }

    /** Adds a {@code view} or {@code e4view} element as the workbench does at start. */
    void add(IConfigurationElement element) throws ReflectiveOperationException {
        try {
            createDescriptor.invoke(registry, element, "e4view".equals(element.getName())); //$NON-NLS-1$
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Takes the view {@code id} out of the registry, its category and the application's part descriptors. */
    void remove(String id) throws ReflectiveOperationException {
        IViewDescriptor descriptor = descriptors.remove(id);
        for (Object category : categories.values()) {
            ((List<?>) categoryViews.get(category)).remove(descriptor);
        }
        application.getDescriptors().removeIf(part -> id.equals(part.getElementId()));
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
