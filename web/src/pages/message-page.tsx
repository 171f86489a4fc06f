import { useEffect } from 'react';
import { Link } from 'react-router-dom';

/** A short page with a heading, a sentence and a way back: not found, no access. */
export function MessagePage({ title, text }: { title: string; text: string }) {
  useEffect(() => {
    document.title = `${title} · Aftercare`;
  }, [title]);
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/">Go to your start page</Link>
      </p>
    </>
  );
}
