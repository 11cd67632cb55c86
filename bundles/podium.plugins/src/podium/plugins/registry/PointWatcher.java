/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.registry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;

/**
 * Follows one extension point: says when its contributions changed since they were last read, and
 * tells listeners, so that a registry re-reads lazily (as the Generic Editor's registries do).
 */
public final class PointWatcher {

    private final IExtensionRegistry registry;
    private final String pointId;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean outOfSync = true;

    /** Watches {@code pointId} of {@code registry}; a null registry (outside OSGi) has no contributions. */
    public PointWatcher(IExtensionRegistry registry, String pointId) {
        this.registry = registry;
        this.pointId = pointId;
        if (registry != null) {
            registry.addListener(new IRegistryEventListener() {
                @Override
                public void added(IExtension[] extensions) {
                    changed();
                }

                @Override
                public void removed(IExtension[] extensions) {
                    changed();
                }

                @Override
                public void added(IExtensionPoint[] points) {
                    changed();
                }

                @Override
                public void removed(IExtensionPoint[] points) {
                    changed();
                }
            }, pointId);
        }
    }

    /** True once after each change (and at first): the caller then re-reads {@link #elements()}. */
    public boolean takeChange() {
        boolean changed = outOfSync;
        outOfSync = false;
        return changed;
    }

    /** The configuration elements contributed to the point now. */
    public IConfigurationElement[] elements() {
        return registry == null ? new IConfigurationElement[0] : registry.getConfigurationElementsFor(pointId);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        outOfSync = true;
        listeners.forEach(Runnable::run);
    }
}
