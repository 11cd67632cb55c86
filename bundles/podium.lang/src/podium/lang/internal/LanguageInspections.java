/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.internal;

import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import podium.core.Severity;
import podium.inspections.InspectionDescriptor;
import podium.inspections.InspectionRegistry;
import podium.inspections.Inspector;
import podium.inspections.Severities;
import podium.lang.naming.EnumKeywords;

/**
 * The catalogue as the language runs it: the registry's inspections with the language's severities,
 * the words of the plan text (累计, 签约) and Xtext's per-file cache, which forgets a file's results when
 * the file changes.
 */
@Singleton
public class LanguageInspections implements Inspector.Host {

    @Inject
    private Severities severities;

    @Inject
    private EnumKeywords words;

    @Inject
    private IResourceScopeCache cache;

    private volatile InspectionRegistry registry = InspectionRegistry.getDefault();

    /** Runs the inspections of {@code registry} from now on (tests, tools outside OSGi). */
    public void use(InspectionRegistry inspections) {
        this.registry = inspections;
    }

    public InspectionRegistry registry() {
        return registry;
    }

    public Severities severities() {
        return severities;
    }

    /** A run over the model {@code element} belongs to (its resource set). */
    public Inspector.Run start(EObject element) {
        Resource resource = element.eResource();
        return inspector().start(resource != null ? resource : element, this);
    }

    public Inspector inspector() {
        return new Inspector(registry, severities);
    }

    /** The severity of a problem the language reports itself, e.g. PDM-L002; an unknown code keeps its default. */
    public Severity severityOf(String code) {
        return registry.inspection(code).map(severities::severityOf).orElse(Severity.WARNING);
    }

    /** The message {@code CODE.message} of a problem the language reports itself, in the user's language. */
    public String message(String code, Object... arguments) {
        return registry.inspection(code).map(d -> d.message((String) null, arguments)).orElse(code);
    }

    /** The descriptor of a code, if the catalogue has it. */
    public java.util.Optional<InspectionDescriptor> descriptor(String code) {
        return registry.inspection(code);
    }

    @Override
    public String word(Enumerator value) {
        return words.of(value);
    }

    @Override
    public <T> T cached(Resource resource, Object key, Supplier<T> create) {
        return cache.get(key, resource, create::get);
    }
}
