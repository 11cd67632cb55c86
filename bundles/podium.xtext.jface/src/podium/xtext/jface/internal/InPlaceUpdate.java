/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.internal;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * Brings a loaded resource to a new text through Xtext's partial parser: only the statements around
 * the changed region are parsed again. The parser turns the elements it replaces into proxies, as an
 * unload would, so references to them from other files resolve to their successors.
 */
public final class InPlaceUpdate {

    /** Above this share of the text changed, a fresh parse is as cheap and simpler. */
    private static final double MOST_OF_THE_TEXT = 0.5;

    private InPlaceUpdate() {
    }

    /**
     * Updates {@code resource} to {@code text}; false when it was not done (nothing loaded, most of the
     * text changed, or the partial parser failed), in which case the caller must load the text afresh.
     */
    public static boolean apply(XtextResource resource, String text) {
        if (!resource.isLoaded() || resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
            return false;
        }
        String old = resource.getParseResult().getRootNode().getText();
        ReplaceRegion edit = difference(old, text);
        if (edit == null) {
            resource.relink(); // same text, but other files may have changed what its names mean
            return true;
        }
        if (edit.getLength() + edit.getText().length() > MOST_OF_THE_TEXT * Math.max(old.length(), text.length())) {
            return false;
        }
        try {
            resource.update(edit.getOffset(), edit.getLength(), edit.getText());
            // Cheap insurance against a partial parse that went astray: the caller then parses afresh.
            return text.equals(resource.getParseResult().getRootNode().getText());
        } catch (RuntimeException e) {
            // A failed partial parse leaves the resource in an unknown state: the caller parses afresh.
            return false;
        }
    }

    /** The one region that differs between two texts (common prefix and suffix removed), or null when equal. */
    public static ReplaceRegion difference(String old, String text) {
        if (old.equals(text)) {
            return null;
        }
        int prefix = 0;
        int shorter = Math.min(old.length(), text.length());
        while (prefix < shorter && old.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        return new ReplaceRegion(prefix, old.length() - prefix - suffix, text.substring(prefix, text.length() - suffix));
    }
}
