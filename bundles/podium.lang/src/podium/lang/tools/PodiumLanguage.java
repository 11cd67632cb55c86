/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Injector;

import podium.lang.PodiumStandaloneSetup;
import podium.lang.internal.LanguageInspections;

/**
 * The language set up once for headless use (CLI, benchmarks, reports): one injector, EMF
 * registrations done, and Xtext's log4j output kept off stdout.
 */
public final class PodiumLanguage {

    private static volatile Injector injector;

    private PodiumLanguage() {
    }

    /**
     * Back to every inspection's default severity. The severities are this instance's, shared by every
     * workspace of the process: one that runs one command after another for different folders (the
     * daemon) resets them before each, as a process of its own starts; the workbench instead keeps the
     * user's choices from its preferences under a folder's {@code .podium-severities}.
     */
    public static void resetSeverities() {
        injector().getInstance(LanguageInspections.class).severities().reset();
    }

    /** The language's injector, created on first use. */
    public static Injector injector() {
        Injector result = injector;
        if (result == null) {
            synchronized (PodiumLanguage.class) {
                if (injector == null) {
                    quietLogging();
                    Injector registered = registered();
                    injector = registered != null ? registered : new PodiumStandaloneSetup().createInjectorAndDoEMFRegistration();
                }
                result = injector;
            }
        }
        return result;
    }

    /**
     * The injector the workbench's editor registered for the language (a superset of this one, with
     * the IDE services), or null. EMF's registries are global: registering a second injector would
     * leave the editor's language server with resources that lack its services.
     */
    private static Injector registered() {
        Object provider = IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap()
                .get(PodiumWorkspace.EXTENSION.substring(1));
        return provider instanceof IResourceServiceProvider services ? services.get(Injector.class) : null;
    }

    /** Silences Xtext's log4j loggers unless PODIUM_DEBUG is set, so commands print only their own output. */
    static void quietLogging() {
        Logger root = LogManager.getRootLogger();
        boolean debug = System.getenv("PODIUM_DEBUG") != null;
        if (!debug) {
            root.removeAllAppenders();
            root.setLevel(Level.OFF);
        } else {
            root.removeAllAppenders();
            root.addAppender(new org.apache.log4j.ConsoleAppender(new org.apache.log4j.PatternLayout("%p %c: %m%n"), "System.err"));
            root.setLevel(Level.WARN);
        }
    }
}
