/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.properties;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.builder.ModelBuilder;

/**
 * The shape of an organisation tree with an amount (or none) on each leaf: jqwik generates and shrinks
 * the shape, and each try builds its own EMF model from it, so samples print as nested brackets.
 */
record TreeShape(BigDecimal value, List<TreeShape> children) {

    TreeShape {
        children = List.copyOf(children);
    }

    static TreeShape leaf(BigDecimal value) {
        return new TreeShape(value, List.of());
    }

    static TreeShape node(List<TreeShape> children) {
        return new TreeShape(null, children);
    }

    boolean isLeaf() {
        return children.isEmpty();
    }

    /** A fresh model of this shape: the root organisation and each leaf's amount, leaves in depth-first order. */
    Built build() {
        ModelBuilder builder = new ModelBuilder("p");
        Organisation root = builder.organisation("r", "全市", OrganisationKind.CITY);
        Map<Organisation, BigDecimal> leaves = new LinkedHashMap<>();
        addBelow(builder, root, this, leaves);
        return new Built(root, leaves);
    }

    private static void addBelow(ModelBuilder builder, Organisation org, TreeShape shape,
            Map<Organisation, BigDecimal> leaves) {
        if (shape.isLeaf()) {
            leaves.put(org, shape.value);
            return;
        }
        for (int i = 0; i < shape.children.size(); i++) {
            Organisation child = builder.child(org, org.getName() + "." + i, null, OrganisationKind.DISTRICT);
            addBelow(builder, child, shape.children.get(i), leaves);
        }
    }

    @Override
    public String toString() {
        if (isLeaf()) {
            return value == null ? "-" : value.toPlainString();
        }
        return children.stream().map(TreeShape::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A built tree; {@code leaves} maps every leaf to its amount (null: not reported). */
    record Built(Organisation root, Map<Organisation, BigDecimal> leaves) {

        BigDecimal leafValue(Organisation org) {
            return leaves.get(org);
        }
    }
}
