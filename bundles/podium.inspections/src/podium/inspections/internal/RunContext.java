/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import podium.core.Severity;
import podium.inspections.Finding;
import podium.inspections.InspectionContext;
import podium.inspections.InspectionDescriptor;
import podium.inspections.Inspector;
import podium.model.Plan;
import podium.model.PlanningFile;
import podium.model.query.ModelIndex;

/** The context one inspection sees in one run; findings go to the list of the element being inspected. */
public final class RunContext implements InspectionContext {

    /** What every inspection of a run shares: the model, the host, computed values. */
    public static final class Shared {
        private final Notifier model;
        private final Inspector.Host host;
        private final Map<Object, Object> values = new HashMap<>();
        private ModelIndex index;
        private List<Resource> files;
        private Plan plan;
        private boolean planFound;

        public Shared(Notifier model, Inspector.Host host) {
            this.model = scope(model);
            this.host = host;
        }

        private static Notifier scope(Notifier model) {
            if (model instanceof Resource resource && resource.getResourceSet() != null) {
                return resource.getResourceSet();
            }
            if (model instanceof EObject object) {
                Resource resource = object.eResource();
                return resource == null ? EcoreUtil.getRootContainer(object) : scope(resource);
            }
            return model;
        }

        List<Resource> files() {
            if (files == null) {
                files = Resources.inOrder(model);
            }
            return files;
        }

        ModelIndex index() {
            if (index == null) {
                index = ModelIndex.of(model);
            }
            return index;
        }

        Plan plan() {
            if (!planFound) {
                plan = firstPlan();
                planFound = true;
            }
            return plan;
        }

        /** The first plan of the files in file-name order, the order rules speak of. */
        private Plan firstPlan() {
            for (Resource resource : files()) {
                for (EObject root : resource.getContents()) {
                    if (root instanceof PlanningFile file) {
                        for (EObject element : file.getElements()) {
                            if (element instanceof Plan found) {
                                return found;
                            }
                        }
                    }
                }
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        <T> T shared(Object key, Supplier<T> create) {
            Object value = values.get(key);
            if (value == null) {
                value = create.get();
                values.put(key, value);
            }
            return (T) value;
        }

        <T> T perResource(Resource resource, Object key, Supplier<T> create) {
            T cached = host.cached(resource, key, create);
            return cached != null ? cached : shared(new ResourceKey(resource, key), create);
        }
    }

    private record ResourceKey(Resource resource, Object key) {
    }

    private final Shared shared;
    private final InspectionDescriptor inspection;
    private final Severity severity;
    private List<Finding> findings = new ArrayList<>();

    public RunContext(Shared shared, InspectionDescriptor inspection, Severity severity) {
        this.shared = shared;
        this.inspection = inspection;
        this.severity = severity;
    }

    /** Findings from now on go to {@code list}. */
    public void into(List<Finding> list) {
        this.findings = list;
    }

    @Override
    public ModelIndex model() {
        return shared.index();
    }

    @Override
    public List<Resource> files() {
        return shared.files();
    }

    @Override
    public Plan plan() {
        return shared.plan();
    }

    @Override
    public String word(Enumerator value) {
        return value == null ? "?" : shared.host.word(value); //$NON-NLS-1$
    }

    @Override
    public <T> T shared(Object key, Supplier<T> create) {
        return shared.shared(key, create);
    }

    @Override
    public <T> T perResource(Resource resource, Object key, Supplier<T> create) {
        return shared.perResource(resource, key, create);
    }

    @Override
    public void report(EObject element, EStructuralFeature feature, Object... arguments) {
        finding(element, feature).report(arguments);
    }

    @Override
    public FindingBuilder finding(EObject element, EStructuralFeature feature) {
        return new Builder(element, feature);
    }

    /** The model's resource set, when it has one. */
    public ResourceSet resourceSet() {
        return shared.model instanceof ResourceSet set ? set : null;
    }

    private final class Builder implements FindingBuilder {
        private final EObject element;
        private final EStructuralFeature feature;
        private int index = -1;
        private String variant;
        private List<String> data = List.of();

        Builder(EObject element, EStructuralFeature feature) {
            this.element = element;
            this.feature = feature;
        }

        @Override
        public FindingBuilder index(int position) {
            this.index = position;
            return this;
        }

        @Override
        public FindingBuilder message(String name) {
            this.variant = name;
            return this;
        }

        @Override
        public FindingBuilder data(String... strings) {
            this.data = List.of(strings);
            return this;
        }

        @Override
        public void report(Object... arguments) {
            findings.add(new Finding(inspection, severity, element, feature, index,
                    inspection.message(variant, arguments), data));
        }
    }
}
