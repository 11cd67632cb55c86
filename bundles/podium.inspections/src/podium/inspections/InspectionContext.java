/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

import podium.model.Plan;
import podium.model.query.ModelIndex;

/**
 * What an inspection sees of the run it is part of (the whole model, the plan, shared results) and
 * how it reports. A run is one validation: one file in the editor (with the rest of the workspace
 * around it), or one {@code podium validate}.
 *
 * @since 1.0
 */
public interface InspectionContext {

    /** Every element of the model (all files of the workspace), indexed on first use. */
    ModelIndex model();

    /** The files (resources) of the model in file-name order, the order in which "first" is meant. */
    List<Resource> files();

    /** The workspace's plan: the first one by file name, or null. */
    Plan plan();

    /** The word the plan text uses for an enumeration value: 累计, 签约, in-progress. */
    String word(Enumerator value);

    /** A value computed once per run and shared by every inspection and element, e.g. an index. */
    <T> T shared(Object key, Supplier<T> create);

    /**
     * A value computed from one resource (file) alone, kept as long as the resource does not change
     * where the host can tell (the editor), else once per run.
     */
    <T> T perResource(Resource resource, Object key, Supplier<T> create);

    /**
     * Reports a finding of this inspection on {@code feature} of {@code element} (the feature may be
     * null): the message is the definition's {@code CODE.message} filled with {@code arguments}.
     */
    void report(EObject element, EStructuralFeature feature, Object... arguments);

    /** A finding to describe further before {@link FindingBuilder#report reporting} it. */
    FindingBuilder finding(EObject element, EStructuralFeature feature);

    /**
     * A finding being described.
     *
     * @since 1.0
     */
    interface FindingBuilder {

        /** The position in a many-valued feature (which member of a list). */
        FindingBuilder index(int index);

        /** Another message of the inspection: {@code CODE.message.VARIANT} instead of {@code CODE.message}. */
        FindingBuilder message(String variant);

        /** Strings a quick fix needs, passed to it with the diagnostic. */
        FindingBuilder data(String... data);

        /** Reports the finding with the message filled with {@code arguments}. */
        void report(Object... arguments);
    }
}
