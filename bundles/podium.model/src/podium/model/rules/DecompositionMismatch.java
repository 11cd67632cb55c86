/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import podium.core.Severity;
import podium.model.Decomposition;
import podium.model.ModelPackage;
import podium.model.query.DecompositionCheck;
import podium.model.query.ModelIndex;

/** PDM-D001: the shares of a decomposition add up to the parent target, level by level. */
public final class DecompositionMismatch extends AbstractRule<Decomposition> {

    public DecompositionMismatch() {
        super(Decomposition.class, "PDM-D001", Severity.WARNING, "Decomposition does not add up",
                "%s shares of %s add up to %s, the target is %s (%s off)");
    }

    @Override
    public List<Finding> check(Decomposition decomposition) {
        DecompositionCheck check = DecompositionCheck.of(decomposition, ModelIndex.of(Scope.model(decomposition)));
        if (check.parent() == null || check.parent().isGrowth()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        add(findings, decomposition, "guarantee (确保)", check.sharesGuarantee(), check.parentGuarantee(),
                check.guaranteeMismatch(), check);
        add(findings, decomposition, "strive (力争)", check.sharesStrive(), check.parentStrive(),
                check.striveMismatch(), check);
        return findings;
    }

    private void add(List<Finding> findings, Decomposition d, String level, BigDecimal shares, BigDecimal parent,
            BigDecimal mismatch, DecompositionCheck check) {
        if (mismatch != null && mismatch.signum() != 0) {
            String signed = (mismatch.signum() > 0 ? "+" : "") + Amounts.show(mismatch, check.unit());
            findings.add(single(d, ModelPackage.Literals.DECOMPOSITION__SHARES, level, Names.of(d.getIndicator()),
                    Amounts.show(shares, check.unit()), Amounts.show(parent, check.unit()), signed));
        }
    }
}
