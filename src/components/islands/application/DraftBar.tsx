import { useState } from 'react';

interface Props {
	onClear: () => void;
}

export function DraftBar({ onClear }: Props) {
	const [isConfirming, setIsConfirming] = useState(false);

	return (
		<div className="draft-bar">
			<p className="hint">
				Your answers are saved in this browser only, until you submit. They never leave it before
				then.
			</p>
			{isConfirming ? (
				<div className="draft-bar__confirm">
					<p>Clear every answer and uploaded document from this browser?</p>
					<button
						type="button"
						className="button button--warning"
						onClick={() => {
							setIsConfirming(false);
							onClear();
						}}
					>
						Yes, clear this draft
					</button>{' '}
					<button
						type="button"
						className="button button--secondary"
						onClick={() => setIsConfirming(false)}
					>
						Keep my answers
					</button>
				</div>
			) : (
				<button
					type="button"
					className="button button--secondary"
					onClick={() => setIsConfirming(true)}
				>
					Clear this draft
				</button>
			)}
		</div>
	);
}
