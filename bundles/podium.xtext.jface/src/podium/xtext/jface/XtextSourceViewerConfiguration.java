/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

import com.google.inject.Injector;

/**
 * Wires the adapter's pieces into a JFace source viewer: lexical colouring, content assist, hover,
 * hyperlinks to definitions and quick fixes, all served by the language session of the document.
 */
public class XtextSourceViewerConfiguration extends TextSourceViewerConfiguration {
    private final Injector languageInjector;
    private final TokenStyles styles;
    private final Supplier<DocumentSync> sync;
    private final Function<DocumentSync, WorkspaceEdits.Target> editTargets;

    public XtextSourceViewerConfiguration(IPreferenceStore preferences, Injector languageInjector, TokenStyles styles,
            Supplier<DocumentSync> sync, Function<DocumentSync, WorkspaceEdits.Target> editTargets) {
        super(preferences);
        this.languageInjector = languageInjector;
        this.styles = styles;
        this.sync = sync;
        this.editTargets = editTargets;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return Partitioning.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return Partitioning.CONTENT_TYPES.clone();
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(Partitioning.PARTITIONING);
        add(reconciler, IDocument.DEFAULT_CONTENT_TYPE, new DefaultDamagerRepairer(
                new LexicalScanner(languageInjector, styles, tokenStyleIds())));
        add(reconciler, Partitioning.COMMENT, whole(HighlightingStyles.COMMENT_ID));
        add(reconciler, Partitioning.STRING, whole(HighlightingStyles.STRING_ID));
        return reconciler;
    }

    /** Style ids for terminals by token name ({@code RULE_NUMBER}) where Xtext's default mapping has none. */
    protected Map<String, String> tokenStyleIds() {
        return Map.of();
    }

    private static void add(PresentationReconciler reconciler, String contentType, DefaultDamagerRepairer repairer) {
        reconciler.setDamager(repairer, contentType);
        reconciler.setRepairer(repairer, contentType);
    }

    private DefaultDamagerRepairer whole(String styleId) {
        RuleBasedScanner scanner = new RuleBasedScanner() {
            @Override
            public void setRange(IDocument document, int offset, int length) {
                // the style as it is at each repair: a theme switched while the editor is open recolours it too
                setDefaultReturnToken(new Token(styles.attributeFor(styleId)));
                super.setRange(document, offset, length);
            }
        };
        return new DefaultDamagerRepairer(scanner);
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant(true);
        assistant.setDocumentPartitioning(Partitioning.PARTITIONING);
        ContentAssistProcessor processor = new ContentAssistProcessor(sync);
        for (String contentType : Partitioning.CONTENT_TYPES) {
            assistant.setContentAssistProcessor(processor, contentType);
        }
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.enableAutoInsert(false);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new TextHover(sync);
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        return new IHyperlinkDetector[] { new HyperlinkDetector(sync) };
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new QuickAssistProcessor(sync, editTargets));
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }
}
