/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The elements that contain a position, outermost first — plan › split › share — from the document
 * symbols, which mirror the containment of the model elements (the outline shows the same tree).
 */
final class BreadcrumbPath {

    private BreadcrumbPath() {
    }

    static List<DocumentSymbol> at(List<DocumentSymbol> roots, Position caret) {
        List<DocumentSymbol> path = new ArrayList<>();
        List<DocumentSymbol> level = roots;
        while (level != null) {
            DocumentSymbol inside = null;
            for (DocumentSymbol symbol : level) {
                if (symbol.getRange() != null && contains(symbol.getRange(), caret)) {
                    inside = symbol;
                    break;
                }
            }
            if (inside == null) {
                break;
            }
            path.add(inside);
            level = inside.getChildren();
        }
        return path;
    }

    /** Start inclusive, end inclusive: a caret just after "}" is still in the element, as in IntelliJ. */
    static boolean contains(Range range, Position at) {
        return compare(range.getStart(), at) <= 0 && compare(at, range.getEnd()) <= 0;
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }
}
