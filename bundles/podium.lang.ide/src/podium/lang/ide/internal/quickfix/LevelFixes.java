/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.quickfix;

import static podium.model.ModelPackage.Literals.*;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;

import podium.lang.ide.internal.IndicatorContext;
import podium.model.Decomposition;
import podium.model.Level;
import podium.model.Share;
import podium.model.Target;
import podium.model.Unit;
import podium.model.units.Units;

/** Fixes that rewrite levels: swapping 确保 and 力争, rebalancing a split, dropping a unit. */
public class LevelFixes {

    /** Swaps what follows 确保 with what follows 力争 (value, unit and qualifier) in a target or share. */
    public List<TextEdit> swap(EObject object, Document document) {
        Target target = EcoreUtil2.getContainerOfType(object, Target.class);
        Share share = EcoreUtil2.getContainerOfType(object, Share.class);
        Level guarantee = target != null ? target.getGuarantee() : share != null ? share.getGuarantee() : null;
        Level strive = target != null ? target.getStrive() : share != null ? share.getStrive() : null;
        int[] g = afterKeyword(guarantee);
        int[] s = afterKeyword(strive);
        if (g == null || s == null) {
            return List.of();
        }
        String contents = document.getContents();
        String guaranteeText = contents.substring(g[0], g[1]);
        String striveText = contents.substring(s[0], s[1]);
        return List.of(Edits.replace(document, g[0], g[1] - g[0], striveText),
                Edits.replace(document, s[0], s[1] - s[0], guaranteeText));
    }

    /** Start and end offset of a level's text after its keyword, or null. */
    private static int[] afterKeyword(Level level) {
        ICompositeNode node = level == null ? null : NodeModelUtils.getNode(level);
        INode value = level == null ? null : Edits.node(level, QUANTITY__VALUE);
        return node == null || value == null ? null : new int[] {value.getOffset(), node.getEndOffset()};
    }

    /**
     * Takes the difference the validator reported (data: difference, unit) off the largest share, so
     * that the shares add up to the parent's level again; nothing when that share would turn negative.
     */
    public List<TextEdit> rebalance(Diagnostic diagnostic, EObject object, Document document, boolean guaranteeLevel) {
        Decomposition split = EcoreUtil2.getContainerOfType(object, Decomposition.class);
        List<String> data = Edits.data(diagnostic);
        if (split == null || data.size() < 2) {
            return List.of();
        }
        BigDecimal difference = new BigDecimal(data.get(0));
        Unit unit = Unit.get(data.get(1));
        Level largest = null;
        BigDecimal largestValue = null;
        for (Share share : split.getShares()) {
            Level level = guaranteeLevel ? share.getGuarantee() : share.getStrive();
            BigDecimal value = inUnit(level, split, unit);
            if (value != null && (largestValue == null || value.compareTo(largestValue) > 0)) {
                largest = level;
                largestValue = value;
            }
        }
        return largest == null ? List.of() : rewrite(largest, largestValue.subtract(difference), split, unit, document);
    }

    private static List<TextEdit> rewrite(Level level, BigDecimal newValue, Decomposition split, Unit unit, Document document) {
        INode value = Edits.node(level, QUANTITY__VALUE);
        if (value == null || newValue.signum() < 0) {
            return List.of();
        }
        BigDecimal written = Units.convert(newValue, unit, Units.effective(level.getUnit(), split.getIndicator()));
        return List.of(Edits.replace(document, value, written.stripTrailingZeros().toPlainString()));
    }

    private static BigDecimal inUnit(Level level, Decomposition split, Unit unit) {
        if (level == null || level.getValue() == null || unit == null) {
            return null;
        }
        Unit own = Units.effective(level.getUnit(), IndicatorContext.indicatorOf(split));
        return Units.compatible(own, unit) ? Units.convert(level.getValue(), own, unit) : null;
    }

    /** Deletes the diagnostic's range and the blank before it. */
    public static TextEdit removeWithSpaceBefore(Document document, Diagnostic diagnostic) {
        ITextRegion region = document.getTextRegion(diagnostic.getRange());
        int start = region.getOffset();
        while (start > 0 && document.getContents().charAt(start - 1) == ' ') {
            start--;
        }
        return Edits.replace(document, start, region.getOffset() + region.getLength() - start, "");
    }
}
