import { UPLOAD_LIMITS_TEXT } from './file-checks.ts';

export function UploadLimits() {
	return (
		<div className="alert" id="upload-limits">
			<h3>Before you upload documents</h3>
			<ul>
				<li>{UPLOAD_LIMITS_TEXT}</li>
				<li>
					Black out any Social Security number and date of birth on transcripts and certificates.
				</li>
				<li>Training you took through CJI needs no document: ACSS already holds those records.</li>
				<li>iPhone HEIC photos cannot be read by reviewers: send those pages as JPEG or PDF.</li>
			</ul>
		</div>
	);
}
