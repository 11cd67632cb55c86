/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.registry;

import java.util.List;

/**
 * What every registry of an extension point offers besides its contributions: why contributions were
 * skipped, and listeners that hear when plugins come or go.
 *
 * @param <D> the descriptor a contribution becomes
 * @since 0.1
 */
public abstract class ContributionRegistry<D> {

    protected final ContributionList<D> contributions;

    protected ContributionRegistry(ContributionList<D> contributions) {
        this.contributions = contributions;
    }

    /** Why contributions were skipped, one line each naming the plugin. */
    public List<String> problems() {
        return contributions.problems();
    }

    /** {@code listener} runs (on the thread that changed the extension registry) whenever contributions come or go. */
    public void addChangeListener(Runnable listener) {
        contributions.watcher().addListener(listener);
    }

    public void removeChangeListener(Runnable listener) {
        contributions.watcher().removeListener(listener);
    }
}
