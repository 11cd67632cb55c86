/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The catalogue of Podium's domain rules and the way to run them over elements or whole models. */
public final class Rules {

    private static final List<Rule<?>> ALL = List.of(
            new GuaranteeBeyondStrive(), new GrowthTargetWithoutBase(), new TargetWithoutLevel(),
            new ZeroTargetWithLevel(), new DuplicateTarget(),
            new PercentMixedWithPoints(), new IncompatibleUnit(),
            new DecompositionMismatch(), new ShareOutsideParent(), new DuplicateShare(),
            new DecompositionWithoutTarget(),
            new DuplicateActual(), new CumulativeDecrease(), new ActualWithoutValue(),
            new RankOutOfRange(), new RankedOutsideGroup(),
            new PaidInBeyondContract(), new StageChangesOutOfOrder(), new SignedWithoutContract(),
            new MeasureWithoutOwner(), new MeasureWithoutDeadline(), new DoneWithoutEvidence(),
            new SpanOutsideText(), new FigureUnitMismatch());

    private Rules() {
    }

    public static List<Rule<?>> all() {
        return ALL;
    }

    public static Optional<Rule<?>> byId(String id) {
        return ALL.stream().filter(r -> r.info().id().equals(id)).findFirst();
    }

    /** Every rule's findings on {@code element} alone (not its contents). */
    public static List<Finding> check(EObject element) {
        List<Finding> findings = new ArrayList<>();
        for (Rule<?> rule : ALL) {
            findings.addAll(rule.checkAny(element));
        }
        return findings;
    }

    /** Every rule's findings on every element under {@code scope} (a resource set, resource or element). */
    public static List<Finding> checkAll(Notifier scope) {
        List<Finding> findings = new ArrayList<>();
        if (scope instanceof ResourceSet set) {
            for (Resource resource : List.copyOf(set.getResources())) {
                checkTree(resource.getAllContents(), findings);
            }
        } else if (scope instanceof Resource resource) {
            checkTree(resource.getAllContents(), findings);
        } else if (scope instanceof EObject object) {
            findings.addAll(check(object));
            checkTree(object.eAllContents(), findings);
        }
        return findings;
    }

    private static void checkTree(TreeIterator<EObject> contents, List<Finding> findings) {
        contents.forEachRemaining(o -> findings.addAll(check(o)));
    }
}
