/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/** Formats a parsed file to the canonical layout; files with syntax errors are left alone. */
public final class PodiumFormatting {

    private final Injector injector;

    public PodiumFormatting(Injector injector) {
        this.injector = injector;
    }

    /** The formatted text, or null when the file does not parse (formatting would guess). */
    public String format(XtextResource resource) {
        if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()
                || resource.getParseResult().getRootNode() == null) {
            return null;
        }
        if (resource.getContents().isEmpty() || resource.getParseResult().getRootASTElement() == null) {
            // an empty file (or only blanks and comments) has nothing to lay out
            return resource.getParseResult().getRootNode().getText();
        }
        ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
        FormatterRequest request = injector.getInstance(FormatterRequest.class);
        request.setTextRegionAccess(access);
        request.setAllowIdentityEdits(false);
        request.setExceptionHandler(e -> {
            throw new IllegalStateException("formatter failed: " + e.getMessage(), e);
        });
        List<ITextReplacement> replacements = injector.getInstance(IFormatter2.class).format(request);
        return access.getRewriter().renderToString(replacements);
    }
}
