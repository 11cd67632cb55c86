/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import podium.core.Severity;
import podium.inspections.internal.Failures;
import podium.inspections.internal.RunContext;

/**
 * Runs the catalogue's inspections on a model: every inspection that checks an element's kind and
 * is not turned off, with the severity the user chose. An inspection that throws (or cannot be
 * created) is reported once per run as an internal problem {@value #FAILED} naming its plugin, and
 * every other inspection's findings are reported as usual.
 *
 * @since 1.0
 */
public final class Inspector {

    /**
     * Code of the internal problem "an inspection failed" (defined by {@code podium.inspections.internal.InspectionFailed});
     * the finding's data is the code of the inspection that failed.
     */
    public static final String FAILED = "PDM-S002"; //$NON-NLS-1$

    /**
     * What the program running the inspections provides: the words of the plan text and a cache of
     * per-file results that lives as long as the file does not change.
     *
     * @since 1.0
     */
    public interface Host {

        /** The word the text uses for an enumeration value; by default the model's literal. */
        default String word(Enumerator value) {
            return value.getLiteral();
        }

        /** A per-resource cache, or null when there is none (values then live for one run). */
        default <T> T cached(Resource resource, Object key, Supplier<T> create) {
            return null;
        }
    }

    /** A host that knows no words of the text and keeps no cache. */
    public static final Host PLAIN = new Host() {
    };

    private final InspectionRegistry registry;
    private final Severities severities;

    public Inspector(InspectionRegistry registry, Severities severities) {
        this.registry = registry;
        this.severities = severities;
    }

    /** Starts a run over {@code model} (a resource set, or a resource with the set it belongs to). */
    public Run start(Notifier model, Host host) {
        return new Run(model, host);
    }

    /** Every finding on every element of {@code scope} (a resource, or every resource of a set). */
    public List<Finding> inspectAll(Notifier scope, Host host) {
        Run run = start(scope, host);
        List<Finding> findings = new ArrayList<>();
        for (Resource resource : resources(scope)) {
            resource.getAllContents().forEachRemaining(element -> findings.addAll(run.inspect(element)));
        }
        return findings;
    }

    private static List<Resource> resources(Notifier scope) {
        if (scope instanceof ResourceSet set) {
            return List.copyOf(set.getResources());
        }
        return scope instanceof Resource resource ? List.of(resource) : List.of();
    }

    /**
     * One run: one validation of a file (with the rest of the model around it) or of a whole model.
     * Not thread-safe: one thread inspects the elements of a run.
     *
     * @since 1.0
     */
    public final class Run {
        private final RunContext.Shared shared;
        private final List<Active> active = new ArrayList<>();
        private final Map<EClass, List<Active>> byKind = new HashMap<>();
        private final Map<InspectionDescriptor, Boolean> failed = new LinkedHashMap<>();

        private Run(Notifier model, Host host) {
            this.shared = new RunContext.Shared(model, host);
            for (InspectionDescriptor inspection : registry.inspections()) {
                Severity severity = severities.severityOf(inspection);
                if (inspection.checksModel() && severity != Severity.IGNORE) {
                    active.add(new Active(inspection, new RunContext(shared, inspection, severity)));
                }
            }
        }

        /** The findings of every active inspection on {@code element} alone (not its contents). */
        public List<Finding> inspect(EObject element) {
            List<Finding> findings = new ArrayList<>();
            for (Active inspection : byKind.computeIfAbsent(element.eClass(), kind -> applicable(element))) {
                inspection.run(element, findings);
            }
            return findings;
        }

        private List<Active> applicable(EObject element) {
            return active.stream().filter(a -> a.inspection.appliesTo(element)).toList();
        }

        /** The inspections that failed in this run so far. */
        public List<InspectionDescriptor> failures() {
            return List.copyOf(failed.keySet());
        }

        private final class Active {
            private final InspectionDescriptor inspection;
            private final RunContext context;

            Active(InspectionDescriptor inspection, RunContext context) {
                this.inspection = inspection;
                this.context = context;
            }

            void run(EObject element, List<Finding> findings) {
                if (Boolean.FALSE.equals(failed.get(inspection))) {
                    return; // its class could not be created: said once already
                }
                try {
                    context.into(findings);
                    inspection.inspection().check(element, context);
                } catch (ContributionException e) {
                    fail(element, e.getMessage(), e.getCause(), findings, false);
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    fail(element, Failures.message(inspection, e), e, findings, true);
                }
            }

            private void fail(EObject element, String message, Throwable cause, List<Finding> findings, boolean created) {
                if (failed.putIfAbsent(inspection, created) == null) {
                    findings.add(Failures.finding(inspection, element, message));
                    Failures.log(message, cause);
                }
            }
        }

        @Override
        public String toString() {
            return "run of " + active.size() + " inspections"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
