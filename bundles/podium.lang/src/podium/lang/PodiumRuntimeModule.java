/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;

import com.google.inject.Binder;
import com.google.inject.Singleton;
import com.google.inject.name.Names;

import podium.inspections.Severities;
import podium.lang.conversion.PodiumValueConverters;
import podium.lang.naming.PodiumQualifiedNameProvider;
import podium.lang.resource.PodiumResource;
import podium.lang.scoping.FileLevelScopeProvider;
import podium.lang.scoping.PodiumLinker;
import podium.lang.scoping.PodiumLinkingService;
import podium.lang.validation.PodiumLinkingDiagnosticMessageProvider;
import podium.lang.validation.PodiumSyntaxErrorMessageProvider;

/** Binds the language's hand-written services over the generated defaults. */
public class PodiumRuntimeModule extends AbstractPodiumRuntimeModule {

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return PodiumQualifiedNameProvider.class;
    }

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return PodiumValueConverters.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return PodiumSyntaxErrorMessageProvider.class;
    }

    public Class<? extends IShouldGenerate> bindIShouldGenerate() {
        return NothingToGenerate.class;
    }

    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return PodiumResource.class;
    }

    @Override
    public void configureIScopeProviderDelegate(Binder binder) {
        binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
                .to(FileLevelScopeProvider.class);
    }

    /** One set of severities per language instance: the CLI's severities file or the workbench's preferences. */
    public void configureSeverities(Binder binder) {
        binder.bind(Severities.class).in(Singleton.class);
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return PodiumLinkingDiagnosticMessageProvider.class;
    }

    @Override
    public Class<? extends ILinkingService> bindILinkingService() {
        return PodiumLinkingService.class;
    }

    @Override
    public Class<? extends ILinker> bindILinker() {
        return PodiumLinker.class;
    }
}
