/**
 * What the upload function accepts, shared with the form so it can state the limits before an
 * officer picks a file and refuse an oversized file before sending it.
 */
import { z } from 'zod';

/** The only document types accepted, decided by the file's bytes, never its name. */
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const DocumentTypeSchema = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

/** One file per request keeps every request far below Netlify's 6 MB body limit. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Per application, checked when the application is submitted. */
export const MAX_FILES = 15;
export const MAX_TOTAL_BYTES = 30 * 1024 * 1024;
/** Stored file names are cut to this many characters, keeping the extension. */
export const MAX_FILE_NAME_LENGTH = 120;

/** Upload ids as the upload function returns them. Example: upl_Xq3…, 22 characters after the prefix. */
export const UPLOAD_ID = /^upl_[A-Za-z0-9_-]{10,64}$/;

/** The sentence the form and the upload function both use to state the accepted types. */
export const ACCEPTED_TYPES_TEXT = 'PDF, JPEG or PNG files of up to 4 MB each';

/**
 * How to send a phone photo that was saved as HEIC, the iPhone camera's default format.
 * Used in the upload function's refusal and shown by the form beside the file input.
 */
export const HOW_TO_SEND_JPEG =
	'To send a photo from an iPhone as a JPEG, set Settings > Camera > Formats to "Most Compatible" and take the photo again, or take a screenshot of it (screenshots are PNG files), or scan the page to PDF with the Files or Notes app.';
