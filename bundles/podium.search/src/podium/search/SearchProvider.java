/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search;

import java.util.function.Consumer;

/**
 * One category of Search Everywhere, contributed to {@code podium.search.providers}. Called off the UI
 * thread once per search popup; the items it gives are then matched against every keystroke, so it
 * lists everything it has and never filters. A provider that throws or takes longer than the time
 * limit is shown as an error line naming its plugin; the other categories still show.
 *
 * <p>A provider may implement {@link org.eclipse.core.runtime.IExecutableExtension} to read the text
 * after a colon in its {@code class} attribute, so one class can serve several categories.
 *
 * @since 1.0
 */
@FunctionalInterface
public interface SearchProvider {

    void collect(SearchContext context, Consumer<SearchItem> items) throws Exception;
}
