package org.harbour.portal.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.List;

/**
 * What a page shows a person that is not in words: a code in capitals joined by underscores
 * (MODULE_SWITCH, FAMILY_SAFEGUARDING), a code word in capitals (DEFERRED), or an ISO date (2026-12-01) where
 * dates are dd/MM/yyyy. A code in brackets after its words names the return's item and is not counted. Only text
 * the user sees in the page's main region counts; form fields, code, and text marked data-verbatim (a
 * record kept as it was written, such as an audit entry's detail) are left out.
 */
final class ShownWords {

    private ShownWords() {
    }

    /** Each code or ISO date shown, with a few words around it. */
    @SuppressWarnings("unchecked")
    static List<String> codesAndIsoDates(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const main = document.querySelector('main');
                if (!main) { return []; }
                const skip = 'script, style, code, pre, textarea, select, option, input, [data-verbatim], [hidden], [aria-hidden="true"]';
                // A code joined by underscores, a code word of six capitals or more (DEFERRED), or an ISO date.
                const pattern = /\\b(?:[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+|[A-Z]{6,}|(?:19|20)\\d\\d-[01]\\d-[0-3]\\d)\\b/g;
                const found = [];
                const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const parent = node.parentElement;
                    if (!parent || parent.closest(skip) || !parent.checkVisibility()) { continue; }
                    const text = node.textContent;
                    for (const m of text.matchAll(pattern)) {
                        // Words first, then the return's item name in brackets as a reference: "In touch (IN_TOUCH)".
                        if (text.charAt(m.index - 1) === '(' && !/^\\d/.test(m[0])) { continue; }
                        const from = Math.max(0, m.index - 30);
                        found.push(m[0] + ' in "' + text.substring(from, m.index + m[0].length + 30).trim().replace(/\\s+/g, ' ') + '"');
                    }
                }
                return found;""");
    }
}
