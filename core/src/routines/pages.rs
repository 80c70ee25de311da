//! The background pages (why, safety, seeing a professional) are written in a small,
//! safe subset of Markdown: `# ` title, `## ` headings, paragraphs, `- ` lists and
//! `**bold**`. They are turned into blocks here, so the UI never renders HTML.

use super::model::{Block, Page, Problem, Span};

pub fn parse_page(id: &str, file: &str, text: &str) -> Result<Page, Problem> {
    let mut title = None;
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut items: Vec<Vec<Span>> = Vec::new();

    fn flush(blocks: &mut Vec<Block>, paragraph: &mut Vec<&str>, items: &mut Vec<Vec<Span>>) {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph {
                text: spans(&paragraph.join(" ")),
            });
            paragraph.clear();
        }
        if !items.is_empty() {
            blocks.push(Block::List {
                items: std::mem::take(items),
            });
        }
    }

    for (index, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if let Some(heading) = line.strip_prefix("# ") {
            if title.is_some() {
                return Err(Problem {
                    file: file.into(),
                    line: Some(index as u32 + 1),
                    message: crate::tr!("page-file-two-titles"),
                });
            }
            title = Some(heading.trim().to_string());
        } else if let Some(heading) = line.strip_prefix("## ") {
            flush(&mut blocks, &mut paragraph, &mut items);
            blocks.push(Block::Heading {
                text: spans(heading.trim()),
            });
        } else if let Some(item) = line.strip_prefix("- ") {
            if !paragraph.is_empty() {
                flush(&mut blocks, &mut paragraph, &mut items);
            }
            items.push(spans(item.trim()));
        } else if line.trim().is_empty() {
            flush(&mut blocks, &mut paragraph, &mut items);
        } else if !items.is_empty() && line.starts_with("  ") {
            // A list item continued on the next line.
            if let Some(last) = items.last_mut() {
                last.extend(spans(&format!(" {}", line.trim())));
            }
        } else {
            if !items.is_empty() {
                flush(&mut blocks, &mut paragraph, &mut items);
            }
            paragraph.push(line.trim());
        }
    }
    flush(&mut blocks, &mut paragraph, &mut items);
    let title = title.ok_or_else(|| Problem {
        file: file.into(),
        line: Some(1),
        message: crate::tr!("page-file-no-title"),
    })?;
    Ok(Page {
        id: id.into(),
        title,
        blocks,
    })
}

/// Splits text on `**` into plain and bold spans.
fn spans(text: &str) -> Vec<Span> {
    text.split("**")
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(index, part)| Span {
            text: part.to_string(),
            bold: index % 2 == 1,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_lists_and_bold_become_blocks() {
        let page = parse_page(
            "safety",
            "pages/safety.md",
            "# Safety\n\nSkip it when\nthings hurt.\n\n## Never massage\n- over **open wounds**\n- a swollen calf\n",
        )
        .unwrap();
        assert_eq!(page.title, "Safety");
        assert_eq!(page.blocks.len(), 3);
        assert!(
            matches!(&page.blocks[0], Block::Paragraph { text } if text[0].text == "Skip it when things hurt.")
        );
        match &page.blocks[2] {
            Block::List { items } => {
                assert_eq!(items.len(), 2);
                assert_eq!(
                    items[0][1],
                    Span {
                        text: "open wounds".into(),
                        bold: true
                    }
                );
            }
            other => panic!("expected a list, got {other:?}"),
        }
    }

    #[test]
    fn a_page_without_a_title_is_refused() {
        let problem = parse_page("x", "pages/x.md", "just text").unwrap_err();
        assert_eq!(
            problem.to_string(),
            "pages/x.md:1: a page must start with a '# ' title"
        );
    }
}
