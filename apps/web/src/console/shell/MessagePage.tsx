import { PageHeading } from '../PageHeading.js';

/** A page that only says something: welcome, not found, not open to this role. */
export function MessagePage({ title, message }: { title: string; message: string }) {
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{message}</p>
    </>
  );
}
