/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.tests.contributions;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

import podium.search.SearchContext;
import podium.search.SearchItem;
import podium.search.SearchProvider;
import podium.search.SearchTarget;

/** A fake category: one item per comma-separated word of its initialisation data. */
public class WordsProvider implements SearchProvider, IExecutableExtension {

    private String[] words = new String[0];

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        words = String.valueOf(data).split(",");
    }

    @Override
    public void collect(SearchContext context, Consumer<SearchItem> items) {
        for (String word : words) {
            items.accept(new SearchItem(word, "", new SearchTarget.Command("test.open." + word)));
        }
    }
}
