/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.junit.jupiter.api.Test;

import podium.plugins.registry.ContributionList;

/**
 * A registry tells its listeners of a change later than it makes it (Equinox dispatches registry events on a
 * thread of its own): the contributions read must follow the registry itself, not wait for the event.
 */
class ContributionListTest {

    /** The registry's elements now; its listeners are never told, as before the event arrives. */
    private final List<IConfigurationElement> elements = new ArrayList<>();

    private final IExtensionRegistry registry = (IExtensionRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {IExtensionRegistry.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getConfigurationElementsFor" -> elements.toArray(IConfigurationElement[]::new);
                case "addListener" -> null;
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private static IConfigurationElement element(String id) {
        return (IConfigurationElement) Proxy.newProxyInstance(ContributionListTest.class.getClassLoader(),
                new Class<?>[] {IConfigurationElement.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> "exporter";
                    case "getAttribute" -> id;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> id;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aContributionAddedOrRemovedIsSeenBeforeTheRegistryTellsOfIt() {
        ContributionList<String> list = new ContributionList<>(registry, "test.point", "exporter",
                e -> ContributionList.Read.of(e.getAttribute("id"), e.getAttribute("id")), (id, skipped, kept) -> id);
        elements.add(element("csv"));
        assertThat(list.all()).containsExactly("csv");
        elements.add(element("pdf"));
        assertThat(list.all()).containsExactly("csv", "pdf");
        elements.remove(1);
        assertThat(list.all()).containsExactly("csv");
    }
}
