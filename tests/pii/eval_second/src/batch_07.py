# batch 07 - hard negatives: logs, file names, contracts, phone-shaped dates. Hand-written; CC0 1.0.
DOCS = [
{"id": "s2-07-001", "kind": "export", "text": """{{date:2024-11-05}} {{time:09:12:03}} INFO  login ok user=[[EMPLOYEE_ID:sn20190411]] ip=10.12.4.77
{{date:2024-11-05}} {{time:09:14:47}} INFO  view citizen record name=[[PERSON:윤*희]] dob=[[BIRTH_DATE:1967-08-14]] reason=민원처리
{{date:2024-11-05}} {{time:09:15:02}} WARN  export blocked file=민원대장_{{date:20241105}}.xlsx rows={{statistic:1,204}}
{{date:2024-11-05}} {{time:09:20:31}} INFO  logout user=[[EMPLOYEE_ID:sn20190411]]"""},

{"id": "s2-07-002", "kind": "memo", "text": """공유폴더 정리 요청
- 스캔_{{date:20240917}}_[[PERSON:한정우]]_가족관계.pdf → 보존기한 지남, 파기
- 회의자료_{{date:2024.10.02}}_v2.hwp, 회의자료_{{date:2024.10.02}}_{{version:v3}}.hwp → 최신본만 남김
- 신청서_[[PERSON:오다솜]]([[BIRTH_DATE:950723]]).pdf → 파일명에 생년월일 넣지 말 것!! 이름 변경
정리 기한 {{date:11/15}}. 문의 [[PERSON:함보람]] [[EMAIL_ADDRESS:boram.ham@suwon.go.kr]]"""},

{"id": "s2-07-003", "kind": "hr_form", "text": """부동산 임대차 계약서(요약)
임대인: [[PERSON:길상호]] (생년월일 [[BIRTH_DATE:1958-11-03]]) 주소 [[KR_ADDRESS:서울특별시 강남구 도곡로 201, 101동 1502호]]
임차인: [[PERSON:남예은]] (생년월일 [[BIRTH_DATE:1996-04-21]]) 연락처 [[PHONE_NUMBER:010-3046-9918]]
목적물: [[KR_ADDRESS:수원시 영통구 영통로 200번길 13, 4층 402호]]
계약일 {{date:2024-08-20}} / 잔금일 {{date:2024-09-30}} / 계약기간 {{date:2024-10-01}}~{{date:2026-09-30}}
보증금 {{amount:1억 2천만원}}"""},

{"id": "s2-07-004", "kind": "call_note", "text": """콜백 요청 메모
고객 [[PERSON:맹정호]]님, 본인 생년월일 6자리 [[BIRTH_DATE:840517]] 확인 완료.
통화 중 '[[PHONE_NUMBER:010-0517-8402]]'이 새 번호라고 하심 (생일이랑 비슷해서 외우기 쉽다고 함).
예전 번호 [[PHONE_NUMBER:010-8405-1717]]은 해지.
상담 일시 {{date:2024.11.06}} {{time:13:47}}, 처리 {{date:2024.11.06}} 완료"""},

{"id": "s2-07-005", "kind": "notice", "text": """[입찰공고] 2025년 청사 청소용역
공고번호: {{public_number:20241104512-00}}
공고일: {{date:2024.11.04}}   입찰서 제출 마감: {{date:2024.11.18}} {{time:10:00}}
개찰일시: {{date:2024.11.18}} {{time:11:00}}
계약기간: {{date:2025.01.01}}~{{date:2025.12.31}}
담당: 회계과 [[PERSON:진수아]] 주무관 [[PHONE_NUMBER:031-324-2271]], [[EMAIL_ADDRESS:sua.jin@yongin.go.kr]]
입찰 문의 대표 {{public_email:contract@yongin.go.kr}}"""},

{"id": "s2-07-006", "kind": "complaint", "text": """{{date:11월 3일}}(일) {{time:새벽 2시}}에 아랫집에서 또 공사 소음이 났습니다. {{date:10월 27일}}, {{date:10월 20일}}에도 그랬고요.
관리사무소({{public_number:031-217-3300}})에 말해도 소용없어서 구청에 글 씁니다.
저는 [[KR_ADDRESS:수원시 영통구 센트럴타운로 22, 2102동 801호]] 사는 [[PERSON:임동혁]]이고, 아랫집은 701호입니다.
{{date:2024.11.04}} 작성"""},

{"id": "s2-07-007", "kind": "table", "text": """자원봉사 활동 실적
| 성명 | 생년월일 | 봉사일 | 시간 | 봉사처 |
| [[PERSON:신다온]] | [[BIRTH_DATE:2007.02.03]] | {{date:2024.02.03}} | {{statistic:4}} | {{org_name:영통종합사회복지관}} |
| [[PERSON:신다온]] | [[BIRTH_DATE:2007.02.03]] | {{date:2024.03.09}} | {{statistic:3}} | {{org_name:영통종합사회복지관}} |
| [[PERSON:봉채윤]] | [[BIRTH_DATE:2006.11.20]] | {{date:2024.11.20}} | {{statistic:2}} | {{org_name:광교노인복지관}} |
| [[PERSON:왕지후]] | [[BIRTH_DATE:2008.08.08]] | {{date:2024.08.08}} | {{statistic:5}} | {{org_name:수원시자원봉사센터}} |"""},

{"id": "s2-07-008", "kind": "email", "text": """Re: 견적서 재발송

[[PERSON:추민성]] 대리님, 주문번호 {{order_number:PO-20241011-0032}} 견적서 재발송드립니다.
납기는 {{date:2024-11-29}}, 결제조건 월말 마감 익월 {{date:25일}} 현금입니다.
견적 유효기간 {{date:2024-11-30}}

[[PERSON:윤세라]] 과장 | {{org_name:대성산업(주)}}
[[PHONE_NUMBER:010-2743-6085]] | [[EMAIL_ADDRESS:sera.yoon@daesung-ind.co.kr]] | 대표 {{public_number:031-336-7700}}"""},

{"id": "s2-07-009", "kind": "sms", "text": """[국민건강보험] [[PERSON:심재영]]님 {{date:2024년 10월}}분 보험료 {{amount:87,320원}} 납부기한 {{date:11/11}}. 가상계좌 {{public_number:562-9011-0503-41}}. 문의 {{public_number:1577-1000}}"""},

{"id": "s2-07-010", "kind": "case_report", "text": """교통사고 사실확인원
사고일시: {{date:2024. 9. 28.}} {{time:19:42}}
사고장소: {{place_name:수원시 장안구 경수대로}} 상 {{place_name:파장교차로}}
운전자 가: [[PERSON:조현무]] (만 44세, [[BIRTH_DATE:1980. 2. 29.]]생) 차량 {{vehicle_number:12가3456}}
운전자 나: [[PERSON:설영재]] (만 63세, [[BIRTH_DATE:1961. 6. 6.]]생)
접수번호: {{case_number:2024-005331}} / 작성일: {{date:2024. 10. 2.}}
담당 조사관 [[PERSON:엄태준]] 경위"""},

{"id": "s2-07-011", "kind": "chat", "text": """[[PERSON:은서]]: 엄마 나 여권 신청하는데 생년월일 뭐라고 써?
엄마: 너 [[BIRTH_DATE:2004년 12월 31일]]이잖아 ㅋㅋ 그것도 몰라
[[PERSON:은서]]: 아니 주민번호 앞자리랑 다르게 써야 하나 해서
엄마: 똑같아 [[BIRTH_DATE:041231]]. 여권 만료일은 {{date:2034년 12월}}쯤 될거야
[[PERSON:은서]]: ㅇㅋ 금요일에 시청 갈게"""},

{"id": "s2-07-012", "kind": "intake", "text": """응급실 초진 기록
Pt: [[PERSON:왕수경]] F/52  Birth: [[BIRTH_DATE:1972.03.31]]
Arrival: {{date:2024.10.12}} {{time:23:58}}  C/C: 복통
PMHx: HTN since {{date:2015}}, Cholecystectomy {{date:2019.05}}
보호자: 남편 [[PERSON:구정환]] [[PHONE_NUMBER:010-5238-8174]]
Discharge: {{date:2024.10.14}}"""},

{"id": "s2-07-013", "kind": "minutes", "text": """민원서비스 개선 TF 3차 회의
일시: {{date:2024. 10. 15.}}(화) {{time:15:00}}
참석: [[PERSON:이지연]](주무관, [[EMAIL_ADDRESS:jieun.lee2@seongnam.go.kr]]), [[PERSON:장대호]](팀장), [[PERSON:조하늘]](주무관)
논의: 민원 접수 시 생년월일을 6자리로 받을지 8자리로 받을지 → 8자리 통일(예: {{date:19900101}})
결정: {{date:2025. 1. 2.}}부터 양식 변경, 시스템 반영은 {{version:v2.4.0}} 배포 시"""},

{"id": "s2-07-014", "kind": "school_form", "text": """현장체험학습 신청서
학생: [[PERSON:표아인]] (학번 [[STUDENT_ID:40712]])
기간: {{date:2024.11.20}}~{{date:2024.11.22}} (3일)
목적지: {{place_name:제주도}}
사유: 조부 [[PERSON:표만석]] 님 팔순 잔치(조부 생신 [[BIRTH_DATE:1944.11.21]])
보호자 [[PERSON:서유리]] [[PHONE_NUMBER:010-6608-4192]]"""},

{"id": "s2-07-015", "kind": "export", "text": """order_no,order_date,recipient,phone,address,memo
{{order_number:20241101-000231}},{{date:2024-11-01}},[[PERSON:정소율]],[[PHONE_NUMBER:010-7702-3318]],[[KR_ADDRESS:경기 용인시 수지구 신봉2로 26 203동 1101호]],생일선물 포장
{{order_number:20241101-000232}},{{date:2024-11-01}},[[PERSON:문태오]],[[PHONE_NUMBER:010-3391-5507]],[[KR_ADDRESS:경기 성남시 분당구 백현로 101 1층]],부재시 경비실"""},

{"id": "s2-07-016", "kind": "complaint", "text": """우리 애 학교 졸업앨범에 아이 생년월일이 다 실려 있다는 게 말이 됩니까? [[PERSON:손지후]] 밑에 [[BIRTH_DATE:2011.4.15]]라고 적혀 있어요. 앨범 배부일은 {{date:2024.2.14}}였는데 학교는 {{date:2.20}}에야 회수하겠다고 하네요.
학번 [[STUDENT_ID:31204]]로 확인하시면 됩니다. 아빠 [[PERSON:손재석]] [[PHONE_NUMBER:010-4456-7190]], [[EMAIL_ADDRESS:jaeseok.son@gmail.com]]"""},
]
