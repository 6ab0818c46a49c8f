/** Small labels for an event's status and review state: words first, colour only as a second cue. */

const STATUS_TEXT: Record<string, string> = {
  announced: 'announced (one side)',
  confirmed: 'confirmed',
  disputed: 'disputed',
};

export function StatusBadge(props: { status: string }) {
  return <span class={`badge badge-${props.status}`}>{STATUS_TEXT[props.status] ?? props.status}</span>;
}

const REVIEW_TEXT: Record<string, string> = {
  machine: 'not reviewed',
  accepted: 'accepted',
  corrected: 'corrected',
  rejected: 'rejected',
};

export function ReviewBadge(props: { review: string }) {
  return <span class={`badge badge-${props.review}`}>{REVIEW_TEXT[props.review] ?? props.review}</span>;
}
