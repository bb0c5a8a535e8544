/** The GraphQL type of a text template, as the service builds it for the viewer. */
import { Field, ID, ObjectType } from 'type-graphql';
import { TextTemplateScope } from './text-templates.entity.js';

@ObjectType('TextTemplate', {
  description: 'A text staff insert into mail answers and chat messages: the organisation’s or the viewer’s own.',
})
export class TextTemplateView {
  @Field(() => ID) id!: string;
  @Field(() => TextTemplateScope) scope!: TextTemplateScope;
  @Field(() => String) title!: string;
  @Field(() => String, {
    description: 'As written: {{pseudonym}} and {{counsellor}} are filled in by the dashboard when inserted.',
  })
  body!: string;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Boolean, {
    description: 'The viewer may change and delete it: their own, or the organisation’s for admins.',
  })
  mayEdit!: boolean;
}
