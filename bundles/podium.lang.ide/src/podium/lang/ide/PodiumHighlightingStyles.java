/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide;

import org.eclipse.emf.ecore.EClass;

import podium.model.ModelPackage;

/**
 * The style ids Podium's semantic highlighting reports next to Xtext's lexical ones, so that an
 * editor can give each kind of reference, unit and qualifier its own look.
 */
public final class PodiumHighlightingStyles {
    public static final String INDICATOR = "indicator";
    public static final String ORGANISATION = "organisation";
    public static final String GROUP = "group";
    public static final String PLAN = "plan";
    public static final String MEETING = "meeting";
    /** Units written after numbers (万美元, %, 个百分点...). */
    public static final String UNIT = "unit";
    /** Qualifiers and target modes (以上, 左右, 以内, 零, 同比增长, 一票否决). */
    public static final String QUALIFIER = "qualifier";
    /** The name of an element where it is declared. */
    public static final String DECLARATION = "declaration";

    private PodiumHighlightingStyles() {
    }

    /** The style of a reference to an element of this type, or null for types without one. */
    public static String referenceStyle(EClass type) {
        ModelPackage model = ModelPackage.eINSTANCE;
        if (model.getIndicator().isSuperTypeOf(type)) {
            return INDICATOR;
        } else if (model.getOrganisation().isSuperTypeOf(type)) {
            return ORGANISATION;
        } else if (model.getPeerGroup().isSuperTypeOf(type)) {
            return GROUP;
        } else if (model.getPlan().isSuperTypeOf(type)) {
            return PLAN;
        } else if (model.getMeeting().isSuperTypeOf(type)) {
            return MEETING;
        }
        return null;
    }
}
