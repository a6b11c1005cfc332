-- Where each statement's cue stands in the article body, as evidence beside the content's span.
ALTER TABLE statements ADD COLUMN cue_start INTEGER;
ALTER TABLE statements ADD COLUMN cue_end INTEGER;
