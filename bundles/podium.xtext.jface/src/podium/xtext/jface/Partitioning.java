/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a document into code, comments and strings with the comment and double-quoted string syntax of Xtext's
 * common terminals, so that the lexer can restart at any line of code without losing its state.
 */
public final class Partitioning {
    public static final String PARTITIONING = "podium.xtext.jface.partitioning";
    public static final String COMMENT = "__xtext_comment";
    public static final String STRING = "__xtext_string";
    public static final String[] CONTENT_TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

    private Partitioning() {
    }

    /** Connects a partitioner to a freshly created document. */
    public static void install(IDocument document) {
        IDocumentPartitioner partitioner = new FastPartitioner(scanner(), new String[] { COMMENT, STRING });
        ((IDocumentExtension3) document).setDocumentPartitioner(PARTITIONING, partitioner);
        partitioner.connect(document);
    }

    private static RuleBasedPartitionScanner scanner() {
        Token comment = new Token(COMMENT);
        Token string = new Token(STRING);
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        scanner.setPredicateRules(new IPredicateRule[] {
                new EndOfLineRule("//", comment),
                new MultiLineRule("/*", "*/", comment, (char) 0, true),
                new SingleLineRule("\"", "\"", string, '\\', true) });
        return scanner;
    }
}
