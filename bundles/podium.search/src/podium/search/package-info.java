/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * Search Everywhere, headless: the {@code podium.search.providers} extension point
 * ({@link podium.search.SearchProviders}), what a provider gives ({@link podium.search.SearchItem} and its
 * {@link podium.search.SearchTarget}), the matcher with pinyin ({@link podium.search.FuzzyMatcher}) and
 * one search's collected items ({@link podium.search.SearchSession}). The popup is in podium.search.ui.
 *
 * @since 1.0
 */
package podium.search;
